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
	export class AuditEntry {
	    id: number;
	    at: string;
	    actor: string;
	    action: string;
	    table: string;
	    rowId?: number;
	    batch: string;
	    summary: string;
	    before: number[];
	    after: number[];
	    undoesId?: number;
	
	    static createFrom(source: any = {}) {
	        return new AuditEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.table = source["table"];
	        this.rowId = source["rowId"];
	        this.batch = source["batch"];
	        this.summary = source["summary"];
	        this.before = source["before"];
	        this.after = source["after"];
	        this.undoesId = source["undoesId"];
	    }
	}
	export class HistoryState {
	    canUndo: boolean;
	    canRedo: boolean;
	    undoLabel: string;
	    redoLabel: string;
	
	    static createFrom(source: any = {}) {
	        return new HistoryState(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.canUndo = source["canUndo"];
	        this.canRedo = source["canRedo"];
	        this.undoLabel = source["undoLabel"];
	        this.redoLabel = source["redoLabel"];
	    }
	}
	export class Tag {
	    id: number;
	    name: string;
	    color: string;
	
	    static createFrom(source: any = {}) {
	        return new Tag(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.color = source["color"];
	    }
	}
	export class Span {
	    id: number;
	    articleId: number;
	    kind: string;
	    entityType: string;
	    entityId?: number;
	    entityName: string;
	    claimId?: number;
	    claimStatement: string;
	    start: number;
	    end: number;
	    quote: string;
	    prefix: string;
	    suffix: string;
	    anchorStatus: string;
	    state: string;
	    origin: string;
	    confidence: number;
	    note: string;
	    annotator: string;
	    createdAt: string;
	    updatedAt: string;
	    tags: Tag[];
	
	    static createFrom(source: any = {}) {
	        return new Span(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.articleId = source["articleId"];
	        this.kind = source["kind"];
	        this.entityType = source["entityType"];
	        this.entityId = source["entityId"];
	        this.entityName = source["entityName"];
	        this.claimId = source["claimId"];
	        this.claimStatement = source["claimStatement"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.prefix = source["prefix"];
	        this.suffix = source["suffix"];
	        this.anchorStatus = source["anchorStatus"];
	        this.state = source["state"];
	        this.origin = source["origin"];
	        this.confidence = source["confidence"];
	        this.note = source["note"];
	        this.annotator = source["annotator"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.tags = this.convertValues(source["tags"], Tag);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SpanInput {
	    articleId: number;
	    kind: string;
	    entityType: string;
	    entityId?: number;
	    newEntityName: string;
	    start: number;
	    end: number;
	    quote: string;
	    note: string;
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new SpanInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.kind = source["kind"];
	        this.entityType = source["entityType"];
	        this.entityId = source["entityId"];
	        this.newEntityName = source["newEntityName"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.note = source["note"];
	        this.tags = source["tags"];
	    }
	}
	export class SpanPatch {
	    start?: number;
	    end?: number;
	    quote?: string;
	    entityType?: string;
	    entityId?: number;
	    newEntityName?: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new SpanPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.entityType = source["entityType"];
	        this.entityId = source["entityId"];
	        this.newEntityName = source["newEntityName"];
	        this.note = source["note"];
	    }
	}
	
	export class TagSummary {
	    id: number;
	    name: string;
	    color: string;
	    spans: number;
	    claims: number;
	
	    static createFrom(source: any = {}) {
	        return new TagSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.color = source["color"];
	        this.spans = source["spans"];
	        this.claims = source["claims"];
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

