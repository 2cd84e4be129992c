export namespace app {
	
	export class Article {
	    id: number;
	    title: string;
	    source: string;
	    sourceId?: number;
	    publishedAt: string;
	    charCount: number;
	    importedAt: string;
	    version: number;
	    body: string;
	    sha256: string;
	    url: string;
	    byline: string;
	    language: string;
	    encoding: string;
	    originalName: string;
	    importedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new Article(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.source = source["source"];
	        this.sourceId = source["sourceId"];
	        this.publishedAt = source["publishedAt"];
	        this.charCount = source["charCount"];
	        this.importedAt = source["importedAt"];
	        this.version = source["version"];
	        this.body = source["body"];
	        this.sha256 = source["sha256"];
	        this.url = source["url"];
	        this.byline = source["byline"];
	        this.language = source["language"];
	        this.encoding = source["encoding"];
	        this.originalName = source["originalName"];
	        this.importedBy = source["importedBy"];
	    }
	}
	export class ArticleSummary {
	    id: number;
	    title: string;
	    source: string;
	    sourceId?: number;
	    publishedAt: string;
	    charCount: number;
	    importedAt: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new ArticleSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.source = source["source"];
	        this.sourceId = source["sourceId"];
	        this.publishedAt = source["publishedAt"];
	        this.charCount = source["charCount"];
	        this.importedAt = source["importedAt"];
	        this.version = source["version"];
	    }
	}
	export class WorkspaceInfo {
	    path: string;
	    schemaVersion: number;
	    appVersion: string;
	    articles: number;
	    analyst: string;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.schemaVersion = source["schemaVersion"];
	        this.appVersion = source["appVersion"];
	        this.articles = source["articles"];
	        this.analyst = source["analyst"];
	    }
	}

}

