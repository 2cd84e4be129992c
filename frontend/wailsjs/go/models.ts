export namespace app {
	
	export class AnchorCounts {
	    exact: number;
	    fuzzy: number;
	    orphan: number;
	
	    static createFrom(source: any = {}) {
	        return new AnchorCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.exact = source["exact"];
	        this.fuzzy = source["fuzzy"];
	        this.orphan = source["orphan"];
	    }
	}
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
	export class ArticleVersion {
	    id: number;
	    version: number;
	    previousVersionId?: number;
	    title: string;
	    charCount: number;
	    originalName: string;
	    url: string;
	    importedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ArticleVersion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.version = source["version"];
	        this.previousVersionId = source["previousVersionId"];
	        this.title = source["title"];
	        this.charCount = source["charCount"];
	        this.originalName = source["originalName"];
	        this.url = source["url"];
	        this.importedAt = source["importedAt"];
	    }
	}
	export class Evidence {
	    id: number;
	    stance: string;
	    spanId?: number;
	    articleId?: number;
	    articleTitle: string;
	    quote: string;
	    url: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new Evidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.stance = source["stance"];
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.quote = source["quote"];
	        this.url = source["url"];
	        this.note = source["note"];
	    }
	}
	export class Assessment {
	    id: number;
	    claimId: number;
	    credibility: number;
	    credibilityLabel: string;
	    rationale: string;
	    analyst: string;
	    origin: string;
	    assessedAt: string;
	    evidence: Evidence[];
	
	    static createFrom(source: any = {}) {
	        return new Assessment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.claimId = source["claimId"];
	        this.credibility = source["credibility"];
	        this.credibilityLabel = source["credibilityLabel"];
	        this.rationale = source["rationale"];
	        this.analyst = source["analyst"];
	        this.origin = source["origin"];
	        this.assessedAt = source["assessedAt"];
	        this.evidence = this.convertValues(source["evidence"], Evidence);
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
	export class EvidenceInput {
	    stance: string;
	    spanId?: number;
	    articleId?: number;
	    url: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new EvidenceInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stance = source["stance"];
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.url = source["url"];
	        this.note = source["note"];
	    }
	}
	export class AssessmentInput {
	    claimId: number;
	    credibility: number;
	    rationale: string;
	    evidence: EvidenceInput[];
	
	    static createFrom(source: any = {}) {
	        return new AssessmentInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.credibility = source["credibility"];
	        this.rationale = source["rationale"];
	        this.evidence = this.convertValues(source["evidence"], EvidenceInput);
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
	export class Mention {
	    spanId: number;
	    articleId: number;
	    articleTitle: string;
	    source: string;
	    sourceReliability: string;
	    publishedAt: string;
	    start: number;
	    end: number;
	    quote: string;
	    state: string;
	    rawValue: string;
	    hedge: string;
	    speakerEntityId?: number;
	    speakerName: string;
	    channelSourceId?: number;
	    channelName: string;
	    channelText: string;
	    isDirectQuote: boolean;
	    grade: string;
	
	    static createFrom(source: any = {}) {
	        return new Mention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.source = source["source"];
	        this.sourceReliability = source["sourceReliability"];
	        this.publishedAt = source["publishedAt"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.state = source["state"];
	        this.rawValue = source["rawValue"];
	        this.hedge = source["hedge"];
	        this.speakerEntityId = source["speakerEntityId"];
	        this.speakerName = source["speakerName"];
	        this.channelSourceId = source["channelSourceId"];
	        this.channelName = source["channelName"];
	        this.channelText = source["channelText"];
	        this.isDirectQuote = source["isDirectQuote"];
	        this.grade = source["grade"];
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
	export class ClaimDetail {
	    id: number;
	    statement: string;
	    credibility?: number;
	    credibilityLabel: string;
	    articles: number;
	    origins: number;
	    tags: Tag[];
	    updatedAt: string;
	    note: string;
	    createdBy: string;
	    createdAt: string;
	    mentions: Mention[];
	    assessments: Assessment[];
	
	    static createFrom(source: any = {}) {
	        return new ClaimDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.statement = source["statement"];
	        this.credibility = source["credibility"];
	        this.credibilityLabel = source["credibilityLabel"];
	        this.articles = source["articles"];
	        this.origins = source["origins"];
	        this.tags = this.convertValues(source["tags"], Tag);
	        this.updatedAt = source["updatedAt"];
	        this.note = source["note"];
	        this.createdBy = source["createdBy"];
	        this.createdAt = source["createdAt"];
	        this.mentions = this.convertValues(source["mentions"], Mention);
	        this.assessments = this.convertValues(source["assessments"], Assessment);
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
	export class ClaimFilter {
	    text: string;
	    credibility: number;
	    tag: string;
	    entityId: number;
	    sourceId: number;
	    articleId: number;
	
	    static createFrom(source: any = {}) {
	        return new ClaimFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.credibility = source["credibility"];
	        this.tag = source["tag"];
	        this.entityId = source["entityId"];
	        this.sourceId = source["sourceId"];
	        this.articleId = source["articleId"];
	    }
	}
	export class ClaimInput {
	    statement: string;
	    note: string;
	    tags: string[];
	
	    static createFrom(source: any = {}) {
	        return new ClaimInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statement = source["statement"];
	        this.note = source["note"];
	        this.tags = source["tags"];
	    }
	}
	export class ClaimPatch {
	    statement?: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new ClaimPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.statement = source["statement"];
	        this.note = source["note"];
	    }
	}
	export class ClaimSummary {
	    id: number;
	    statement: string;
	    credibility?: number;
	    credibilityLabel: string;
	    mentions: number;
	    articles: number;
	    origins: number;
	    tags: Tag[];
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ClaimSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.statement = source["statement"];
	        this.credibility = source["credibility"];
	        this.credibilityLabel = source["credibilityLabel"];
	        this.mentions = source["mentions"];
	        this.articles = source["articles"];
	        this.origins = source["origins"];
	        this.tags = this.convertValues(source["tags"], Tag);
	        this.updatedAt = source["updatedAt"];
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
	export class EntityClaim {
	    id: number;
	    statement: string;
	
	    static createFrom(source: any = {}) {
	        return new EntityClaim(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.statement = source["statement"];
	    }
	}
	export class EntityMention {
	    spanId: number;
	    articleId: number;
	    articleTitle: string;
	    start: number;
	    end: number;
	    quote: string;
	    state: string;
	
	    static createFrom(source: any = {}) {
	        return new EntityMention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.state = source["state"];
	    }
	}
	export class EntityDetail {
	    id: number;
	    type: string;
	    name: string;
	    aliases: string[];
	    mentions: number;
	    articles: number;
	    note: string;
	    mentions: EntityMention[];
	    claims: EntityClaim[];
	
	    static createFrom(source: any = {}) {
	        return new EntityDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.name = source["name"];
	        this.aliases = source["aliases"];
	        this.mentions = source["mentions"];
	        this.articles = source["articles"];
	        this.note = source["note"];
	        this.mentions = this.convertValues(source["mentions"], EntityMention);
	        this.claims = this.convertValues(source["claims"], EntityClaim);
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
	export class EntityInput {
	    type: string;
	    name: string;
	    aliases: string[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new EntityInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.name = source["name"];
	        this.aliases = source["aliases"];
	        this.note = source["note"];
	    }
	}
	
	export class EntityPatch {
	    name?: string;
	    type?: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new EntityPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.type = source["type"];
	        this.note = source["note"];
	    }
	}
	export class EntitySummary {
	    id: number;
	    type: string;
	    name: string;
	    aliases: string[];
	    mentions: number;
	    articles: number;
	
	    static createFrom(source: any = {}) {
	        return new EntitySummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.name = source["name"];
	        this.aliases = source["aliases"];
	        this.mentions = source["mentions"];
	        this.articles = source["articles"];
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
	export class ImportFile {
	    name: string;
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.content = source["content"];
	    }
	}
	export class ImportOptions {
	    encoding: string;
	    maxBytes: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.encoding = source["encoding"];
	        this.maxBytes = source["maxBytes"];
	    }
	}
	export class ImportOutcome {
	    name: string;
	    record?: number;
	    status: string;
	    articleId?: number;
	    title?: string;
	    reason?: string;
	    format?: string;
	    encoding?: string;
	    version?: number;
	    previousVersionId?: number;
	    anchors?: AnchorCounts;
	
	    static createFrom(source: any = {}) {
	        return new ImportOutcome(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.record = source["record"];
	        this.status = source["status"];
	        this.articleId = source["articleId"];
	        this.title = source["title"];
	        this.reason = source["reason"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.version = source["version"];
	        this.previousVersionId = source["previousVersionId"];
	        this.anchors = this.convertValues(source["anchors"], AnchorCounts);
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
	export class ImportSummary {
	    imported: number;
	    versions: number;
	    duplicates: number;
	    rejected: number;
	    skipped: number;
	    cancelled: boolean;
	    items: ImportOutcome[];
	
	    static createFrom(source: any = {}) {
	        return new ImportSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.imported = source["imported"];
	        this.versions = source["versions"];
	        this.duplicates = source["duplicates"];
	        this.rejected = source["rejected"];
	        this.skipped = source["skipped"];
	        this.cancelled = source["cancelled"];
	        this.items = this.convertValues(source["items"], ImportOutcome);
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
	
	export class MentionInput {
	    claimId?: number;
	    newStatement: string;
	    articleId: number;
	    start: number;
	    end: number;
	    quote: string;
	    rawValue: string;
	    hedge: string;
	    speakerEntityId?: number;
	    channelSourceId?: number;
	    channelText: string;
	    isDirectQuote: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MentionInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.newStatement = source["newStatement"];
	        this.articleId = source["articleId"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.rawValue = source["rawValue"];
	        this.hedge = source["hedge"];
	        this.speakerEntityId = source["speakerEntityId"];
	        this.channelSourceId = source["channelSourceId"];
	        this.channelText = source["channelText"];
	        this.isDirectQuote = source["isDirectQuote"];
	    }
	}
	export class MentionPatch {
	    rawValue?: string;
	    hedge?: string;
	    speakerEntityId?: number;
	    channelSourceId?: number;
	    channelText?: string;
	    isDirectQuote?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MentionPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rawValue = source["rawValue"];
	        this.hedge = source["hedge"];
	        this.speakerEntityId = source["speakerEntityId"];
	        this.channelSourceId = source["channelSourceId"];
	        this.channelText = source["channelText"];
	        this.isDirectQuote = source["isDirectQuote"];
	    }
	}
	export class Orphan {
	    spanId: number;
	    articleId: number;
	    articleTitle: string;
	    articleVersion: number;
	    quote: string;
	    kind: string;
	    start: number;
	    end: number;
	    state: string;
	
	    static createFrom(source: any = {}) {
	        return new Orphan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.articleVersion = source["articleVersion"];
	        this.quote = source["quote"];
	        this.kind = source["kind"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.state = source["state"];
	    }
	}
	export class PanelLayout {
	    listWidth: number;
	    sideWidth: number;
	
	    static createFrom(source: any = {}) {
	        return new PanelLayout(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.listWidth = source["listWidth"];
	        this.sideWidth = source["sideWidth"];
	    }
	}
	export class SearchHit {
	    kind: string;
	    id: number;
	    articleId?: number;
	    claimId?: number;
	    title: string;
	    snippet: string;
	    start?: number;
	    end?: number;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.id = source["id"];
	        this.articleId = source["articleId"];
	        this.claimId = source["claimId"];
	        this.title = source["title"];
	        this.snippet = source["snippet"];
	        this.start = source["start"];
	        this.end = source["end"];
	    }
	}
	export class WindowSettings {
	    width: number;
	    height: number;
	
	    static createFrom(source: any = {}) {
	        return new WindowSettings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.width = source["width"];
	        this.height = source["height"];
	    }
	}
	export class Settings {
	    analyst: string;
	    recentWorkspaces: string[];
	    window: WindowSettings;
	    panels: PanelLayout;
	    lastArticleId?: number;
	    lastArticles?: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.analyst = source["analyst"];
	        this.recentWorkspaces = source["recentWorkspaces"];
	        this.window = this.convertValues(source["window"], WindowSettings);
	        this.panels = this.convertValues(source["panels"], PanelLayout);
	        this.lastArticleId = source["lastArticleId"];
	        this.lastArticles = source["lastArticles"];
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
	export class Source {
	    id: number;
	    name: string;
	    kind: string;
	    reliability: string;
	    reliabilityLabel: string;
	    url: string;
	    note: string;
	    articles: number;
	
	    static createFrom(source: any = {}) {
	        return new Source(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.reliability = source["reliability"];
	        this.reliabilityLabel = source["reliabilityLabel"];
	        this.url = source["url"];
	        this.note = source["note"];
	        this.articles = source["articles"];
	    }
	}
	export class SourceInput {
	    name: string;
	    kind: string;
	    reliability: string;
	    url: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new SourceInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.reliability = source["reliability"];
	        this.url = source["url"];
	        this.note = source["note"];
	    }
	}
	export class SourcePatch {
	    name?: string;
	    kind?: string;
	    reliability?: string;
	    url?: string;
	    note?: string;
	
	    static createFrom(source: any = {}) {
	        return new SourcePatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.reliability = source["reliability"];
	        this.url = source["url"];
	        this.note = source["note"];
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

