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
	    entities: number;
	    claims: number;
	    suggestions: number;
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
	        this.entities = source["entities"];
	        this.claims = source["claims"];
	        this.suggestions = source["suggestions"];
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
	export class ArticleChoice {
	    id: number;
	    title: string;
	    source: string;
	    publishedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ArticleChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.source = source["source"];
	        this.publishedAt = source["publishedAt"];
	    }
	}
	export class ArticleOrigin {
	    id: number;
	    articleId: number;
	    originSourceId: number;
	    originName: string;
	    viaSourceId?: number;
	    viaName: string;
	    cue: string;
	    state: string;
	    origin: string;
	    confidence: number;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ArticleOrigin(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.articleId = source["articleId"];
	        this.originSourceId = source["originSourceId"];
	        this.originName = source["originName"];
	        this.viaSourceId = source["viaSourceId"];
	        this.viaName = source["viaName"];
	        this.cue = source["cue"];
	        this.state = source["state"];
	        this.origin = source["origin"];
	        this.confidence = source["confidence"];
	        this.createdAt = source["createdAt"];
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
	    entities: number;
	    claims: number;
	    suggestions: number;
	
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
	        this.entities = source["entities"];
	        this.claims = source["claims"];
	        this.suggestions = source["suggestions"];
	    }
	}
	export class ArticlePage {
	    items: ArticleSummary[];
	    total: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new ArticlePage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], ArticleSummary);
	        this.total = source["total"];
	        this.offset = source["offset"];
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
	
	export class ArticleUpdate {
	    outlet: string;
	    publishedAt: string;
	    url: string;
	    byline: string;
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new ArticleUpdate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.outlet = source["outlet"];
	        this.publishedAt = source["publishedAt"];
	        this.url = source["url"];
	        this.byline = source["byline"];
	        this.language = source["language"];
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
	export class AttributionSuggestion {
	    spanId: number;
	    speakerEntityId?: number;
	    speakerName: string;
	    speakerType: string;
	    channelSourceId?: number;
	    channelName: string;
	    channelVia: string;
	    channelText: string;
	    isDirectQuote: boolean;
	    confidence: number;
	    cue: string;
	
	    static createFrom(source: any = {}) {
	        return new AttributionSuggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.speakerEntityId = source["speakerEntityId"];
	        this.speakerName = source["speakerName"];
	        this.speakerType = source["speakerType"];
	        this.channelSourceId = source["channelSourceId"];
	        this.channelName = source["channelName"];
	        this.channelVia = source["channelVia"];
	        this.channelText = source["channelText"];
	        this.isDirectQuote = source["isDirectQuote"];
	        this.confidence = source["confidence"];
	        this.cue = source["cue"];
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
	    from: string;
	
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
	        this.from = source["from"];
	    }
	}
	export class CandidateRef {
	    articleId: number;
	    start: number;
	    end: number;
	    quote: string;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new CandidateRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.score = source["score"];
	    }
	}
	export class NormalizedValue {
	    kind: string;
	    text: string;
	    low?: number;
	    high?: number;
	    unit: string;
	    start: string;
	    end: string;
	    precision: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new NormalizedValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.low = source["low"];
	        this.high = source["high"];
	        this.unit = source["unit"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.precision = source["precision"];
	        this.note = source["note"];
	    }
	}
	export class ConflictMention {
	    spanId: number;
	    stance: string;
	    articleId: number;
	    rawValue: string;
	    hedge: string;
	    quote: string;
	    normalized: NormalizedValue;
	    publishedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ConflictMention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.stance = source["stance"];
	        this.articleId = source["articleId"];
	        this.rawValue = source["rawValue"];
	        this.hedge = source["hedge"];
	        this.quote = source["quote"];
	        this.normalized = this.convertValues(source["normalized"], NormalizedValue);
	        this.publishedAt = source["publishedAt"];
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
	export class ValueConflict {
	    kind: string;
	    message: string;
	    a: ConflictMention;
	    b: ConflictMention;
	    sameOrigin: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ValueConflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.message = source["message"];
	        this.a = this.convertValues(source["a"], ConflictMention);
	        this.b = this.convertValues(source["b"], ConflictMention);
	        this.sameOrigin = source["sameOrigin"];
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
	export class OriginLink {
	    name: string;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new OriginLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.role = source["role"];
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
	    originSourceId?: number;
	    originSource: string;
	    speaksFor: string;
	    ownReporting: boolean;
	    attributionBy: string;
	    originChain: OriginLink[];
	    originKey: string;
	    originName: string;
	    stance: string;
	    stanceBy: string;
	
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
	        this.originSourceId = source["originSourceId"];
	        this.originSource = source["originSource"];
	        this.speaksFor = source["speaksFor"];
	        this.ownReporting = source["ownReporting"];
	        this.attributionBy = source["attributionBy"];
	        this.originChain = this.convertValues(source["originChain"], OriginLink);
	        this.originKey = source["originKey"];
	        this.originName = source["originName"];
	        this.stance = source["stance"];
	        this.stanceBy = source["stanceBy"];
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
	    originSummary: string;
	    contradictions: ValueConflict[];
	
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
	        this.originSummary = source["originSummary"];
	        this.contradictions = this.convertValues(source["contradictions"], ValueConflict);
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
	export class OriginArticle {
	    id: number;
	    spanId: number;
	    title: string;
	    chain: OriginLink[];
	    via: string[];
	
	    static createFrom(source: any = {}) {
	        return new OriginArticle(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.spanId = source["spanId"];
	        this.title = source["title"];
	        this.chain = this.convertValues(source["chain"], OriginLink);
	        this.via = source["via"];
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
	export class IndependentOrigin {
	    key: string;
	    name: string;
	    kind: string;
	    articles: OriginArticle[];
	
	    static createFrom(source: any = {}) {
	        return new IndependentOrigin(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.articles = this.convertValues(source["articles"], OriginArticle);
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
	export class ClaimOriginChain {
	    claimId: number;
	    articles: number;
	    origins: IndependentOrigin[];
	    unattributed: OriginArticle[];
	    summary: string;
	
	    static createFrom(source: any = {}) {
	        return new ClaimOriginChain(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.articles = source["articles"];
	        this.origins = this.convertValues(source["origins"], IndependentOrigin);
	        this.unattributed = this.convertValues(source["unattributed"], OriginArticle);
	        this.summary = source["summary"];
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
	export class ClaimPage {
	    items: ClaimSummary[];
	    total: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new ClaimPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], ClaimSummary);
	        this.total = source["total"];
	        this.offset = source["offset"];
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
	export class MatchCandidate {
	    articleId: number;
	    articleTitle: string;
	    source: string;
	    start: number;
	    end: number;
	    quote: string;
	    score: number;
	    method: string;
	    basis: string;
	    lexical: number;
	    coverage: number;
	    sharedTerms: string[];
	    sharedEntities: string[];
	    figures: match.FigureEvidence[];
	    dateConflict: boolean;
	    explanation: string;
	
	    static createFrom(source: any = {}) {
	        return new MatchCandidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.source = source["source"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.score = source["score"];
	        this.method = source["method"];
	        this.basis = source["basis"];
	        this.lexical = source["lexical"];
	        this.coverage = source["coverage"];
	        this.sharedTerms = source["sharedTerms"];
	        this.sharedEntities = source["sharedEntities"];
	        this.figures = this.convertValues(source["figures"], match.FigureEvidence);
	        this.dateConflict = source["dateConflict"];
	        this.explanation = source["explanation"];
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
	export class ClaimProposals {
	    claimId: number;
	    statement: string;
	    candidates: MatchCandidate[];
	
	    static createFrom(source: any = {}) {
	        return new ClaimProposals(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.statement = source["statement"];
	        this.candidates = this.convertValues(source["candidates"], MatchCandidate);
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
	
	export class CoEntity {
	    id: number;
	    type: string;
	    name: string;
	    articles: number;
	
	    static createFrom(source: any = {}) {
	        return new CoEntity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.name = source["name"];
	        this.articles = source["articles"];
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
	export class EntityClaimPage {
	    claims: EntityClaim[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new EntityClaimPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claims = this.convertValues(source["claims"], EntityClaim);
	        this.total = source["total"];
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
	    mentionTotal: number;
	    claims: EntityClaim[];
	    claimTotal: number;
	
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
	        this.mentionTotal = source["mentionTotal"];
	        this.claims = this.convertValues(source["claims"], EntityClaim);
	        this.claimTotal = source["claimTotal"];
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
	
	export class EntityMentionPage {
	    mentions: EntityMention[];
	    total: number;
	
	    static createFrom(source: any = {}) {
	        return new EntityMentionPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mentions = this.convertValues(source["mentions"], EntityMention);
	        this.total = source["total"];
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
	export class EntityNameMatch {
	    type: string;
	    name: string;
	    entityId: number;
	    theirsName: string;
	    addedId: number;
	
	    static createFrom(source: any = {}) {
	        return new EntityNameMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.name = source["name"];
	        this.entityId = source["entityId"];
	        this.theirsName = source["theirsName"];
	        this.addedId = source["addedId"];
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
	
	
	export class ExportFileResult {
	    path: string;
	    rows: number;
	    warnings: string[];
	
	    static createFrom(source: any = {}) {
	        return new ExportFileResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	        this.warnings = source["warnings"];
	    }
	}
	export class ExportOptions {
	    what: string;
	    format: string;
	    articleId: number;
	    tag: string;
	    since: string;
	    state: string;
	    excel: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.what = source["what"];
	        this.format = source["format"];
	        this.articleId = source["articleId"];
	        this.tag = source["tag"];
	        this.since = source["since"];
	        this.state = source["state"];
	        this.excel = source["excel"];
	    }
	}
	export class ExportResult {
	    filename: string;
	    content: string;
	    rows: number;
	    warnings: string[];
	    encoding: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.filename = source["filename"];
	        this.content = source["content"];
	        this.rows = source["rows"];
	        this.warnings = source["warnings"];
	        this.encoding = source["encoding"];
	    }
	}
	export class FeedInfo {
	    id: number;
	    url: string;
	    title: string;
	    siteUrl: string;
	    addedAt: string;
	    pulledAt: string;
	    lastError: string;
	    items: number;
	    newItems: number;
	
	    static createFrom(source: any = {}) {
	        return new FeedInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.url = source["url"];
	        this.title = source["title"];
	        this.siteUrl = source["siteUrl"];
	        this.addedAt = source["addedAt"];
	        this.pulledAt = source["pulledAt"];
	        this.lastError = source["lastError"];
	        this.items = source["items"];
	        this.newItems = source["newItems"];
	    }
	}
	export class FeedItem {
	    id: number;
	    feedId: number;
	    feedTitle: string;
	    url: string;
	    title: string;
	    outlet: string;
	    publishedAt: string;
	    summary: string;
	    seenAt: string;
	    articleId: number;
	
	    static createFrom(source: any = {}) {
	        return new FeedItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.feedId = source["feedId"];
	        this.feedTitle = source["feedTitle"];
	        this.url = source["url"];
	        this.title = source["title"];
	        this.outlet = source["outlet"];
	        this.publishedAt = source["publishedAt"];
	        this.summary = source["summary"];
	        this.seenAt = source["seenAt"];
	        this.articleId = source["articleId"];
	    }
	}
	export class FirstAppearance {
	    articleId: number;
	    publishedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new FirstAppearance(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.publishedAt = source["publishedAt"];
	    }
	}
	export class GradeSuggestion {
	    claimId: number;
	    credibility: number;
	    label: string;
	    reasons: string[];
	    articles: number;
	    origins: number;
	    originNames: string[];
	    asOf: string;
	
	    static createFrom(source: any = {}) {
	        return new GradeSuggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.credibility = source["credibility"];
	        this.label = source["label"];
	        this.reasons = source["reasons"];
	        this.articles = source["articles"];
	        this.origins = source["origins"];
	        this.originNames = source["originNames"];
	        this.asOf = source["asOf"];
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
	    versionOf: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.encoding = source["encoding"];
	        this.maxBytes = source["maxBytes"];
	        this.versionOf = source["versionOf"];
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
	    url?: string;
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
	        this.url = source["url"];
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
	    stopped?: string;
	    notRead?: number;
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
	        this.stopped = source["stopped"];
	        this.notRead = source["notRead"];
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
	
	
	export class MatrixCell {
	    columnId: string;
	    articleId: number;
	    spanIds: number[];
	    start: number;
	    end: number;
	    quote: string;
	    rawValue: string;
	    hedge: string;
	    attribution: string;
	    isDirectQuote: boolean;
	    agreement: string;
	    reasons: string[];
	    normalized: NormalizedValue;
	    moreValues: NormalizedValue[];
	
	    static createFrom(source: any = {}) {
	        return new MatrixCell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.columnId = source["columnId"];
	        this.articleId = source["articleId"];
	        this.spanIds = source["spanIds"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.rawValue = source["rawValue"];
	        this.hedge = source["hedge"];
	        this.attribution = source["attribution"];
	        this.isDirectQuote = source["isDirectQuote"];
	        this.agreement = source["agreement"];
	        this.reasons = source["reasons"];
	        this.normalized = this.convertValues(source["normalized"], NormalizedValue);
	        this.moreValues = this.convertValues(source["moreValues"], NormalizedValue);
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
	export class MatrixRow {
	    claimId: number;
	    statement: string;
	    tags: string[];
	    credibility?: number;
	    credibilityLabel: string;
	    assessedAt: string;
	    suggestedCredibility: number;
	    suggestedLabel: string;
	    suggestedReasons: string[];
	    articles: number;
	    origins: number;
	    originNames: string[];
	    conflicts: number;
	    firstAppearance?: FirstAppearance;
	    cells: MatrixCell[];
	
	    static createFrom(source: any = {}) {
	        return new MatrixRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimId = source["claimId"];
	        this.statement = source["statement"];
	        this.tags = source["tags"];
	        this.credibility = source["credibility"];
	        this.credibilityLabel = source["credibilityLabel"];
	        this.assessedAt = source["assessedAt"];
	        this.suggestedCredibility = source["suggestedCredibility"];
	        this.suggestedLabel = source["suggestedLabel"];
	        this.suggestedReasons = source["suggestedReasons"];
	        this.articles = source["articles"];
	        this.origins = source["origins"];
	        this.originNames = source["originNames"];
	        this.conflicts = source["conflicts"];
	        this.firstAppearance = this.convertValues(source["firstAppearance"], FirstAppearance);
	        this.cells = this.convertValues(source["cells"], MatrixCell);
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
	export class MatrixColumn {
	    id: string;
	    kind: string;
	    articleId?: number;
	    sourceId?: number;
	    articleIds: number[];
	    title: string;
	    source: string;
	    publishedAt: string;
	    mentions: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixColumn(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.articleId = source["articleId"];
	        this.sourceId = source["sourceId"];
	        this.articleIds = source["articleIds"];
	        this.title = source["title"];
	        this.source = source["source"];
	        this.publishedAt = source["publishedAt"];
	        this.mentions = source["mentions"];
	    }
	}
	export class Matrix {
	    by: string;
	    asOf: string;
	    columns: MatrixColumn[];
	    rows: MatrixRow[];
	    totalClaims: number;
	    limited: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Matrix(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.by = source["by"];
	        this.asOf = source["asOf"];
	        this.columns = this.convertValues(source["columns"], MatrixColumn);
	        this.rows = this.convertValues(source["rows"], MatrixRow);
	        this.totalClaims = source["totalClaims"];
	        this.limited = source["limited"];
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
	
	
	export class MatrixFilter {
	    claimIds: number[];
	    articleIds: number[];
	    tag: string;
	    by: string;
	    asOf: string;
	    text: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new MatrixFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claimIds = source["claimIds"];
	        this.articleIds = source["articleIds"];
	        this.tag = source["tag"];
	        this.by = source["by"];
	        this.asOf = source["asOf"];
	        this.text = source["text"];
	        this.limit = source["limit"];
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
	    originSourceId?: number;
	    ownReporting?: boolean;
	    stance?: string;
	
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
	        this.originSourceId = source["originSourceId"];
	        this.ownReporting = source["ownReporting"];
	        this.stance = source["stance"];
	    }
	}
	export class MergeField {
	    field: string;
	    mine: string;
	    theirs: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeField(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.mine = source["mine"];
	        this.theirs = source["theirs"];
	    }
	}
	export class MergeConflict {
	    key: string;
	    table: string;
	    uuid: string;
	    label: string;
	    fields: MergeField[];
	    take: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeConflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.table = source["table"];
	        this.uuid = source["uuid"];
	        this.label = source["label"];
	        this.fields = this.convertValues(source["fields"], MergeField);
	        this.take = source["take"];
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
	
	export class MergePlan {
	    theirs: string;
	    added: Record<string, number>;
	    matched: Record<string, number>;
	    updated: Record<string, number>;
	    conflicts: MergeConflict[];
	    proposals: EntityNameMatch[];
	    applied: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MergePlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.theirs = source["theirs"];
	        this.added = source["added"];
	        this.matched = source["matched"];
	        this.updated = source["updated"];
	        this.conflicts = this.convertValues(source["conflicts"], MergeConflict);
	        this.proposals = this.convertValues(source["proposals"], EntityNameMatch);
	        this.applied = source["applied"];
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
	export class MergeProposal {
	    a: EntitySummary;
	    b: EntitySummary;
	    score: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeProposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.a = this.convertValues(source["a"], EntitySummary);
	        this.b = this.convertValues(source["b"], EntitySummary);
	        this.score = source["score"];
	        this.reason = source["reason"];
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
	export class MergeResolution {
	    key: string;
	    take: string;
	
	    static createFrom(source: any = {}) {
	        return new MergeResolution(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.take = source["take"];
	    }
	}
	export class NormalizedMention {
	    spanId: number;
	    claimId: number;
	    rawValue: string;
	    found: string;
	    hedge: string;
	    normalized: NormalizedValue;
	
	    static createFrom(source: any = {}) {
	        return new NormalizedMention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.claimId = source["claimId"];
	        this.rawValue = source["rawValue"];
	        this.found = source["found"];
	        this.hedge = source["hedge"];
	        this.normalized = this.convertValues(source["normalized"], NormalizedValue);
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
	
	
	export class OriginInput {
	    articleId: number;
	    originSourceId: number;
	    viaSourceId?: number;
	    cue: string;
	
	    static createFrom(source: any = {}) {
	        return new OriginInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.originSourceId = source["originSourceId"];
	        this.viaSourceId = source["viaSourceId"];
	        this.cue = source["cue"];
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
	export class PageSnapshot {
	    id: number;
	    articleId: number;
	    requestedUrl: string;
	    finalUrl: string;
	    redirects: string[];
	    status: number;
	    contentType: string;
	    encoding: string;
	    fetchedAt: string;
	    size: number;
	    sha256: string;
	
	    static createFrom(source: any = {}) {
	        return new PageSnapshot(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.articleId = source["articleId"];
	        this.requestedUrl = source["requestedUrl"];
	        this.finalUrl = source["finalUrl"];
	        this.redirects = source["redirects"];
	        this.status = source["status"];
	        this.contentType = source["contentType"];
	        this.encoding = source["encoding"];
	        this.fetchedAt = source["fetchedAt"];
	        this.size = source["size"];
	        this.sha256 = source["sha256"];
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
	export class PastedArticle {
	    title: string;
	    body: string;
	    outlet: string;
	    publishedAt: string;
	    url: string;
	    byline: string;
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new PastedArticle(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.body = source["body"];
	        this.outlet = source["outlet"];
	        this.publishedAt = source["publishedAt"];
	        this.url = source["url"];
	        this.byline = source["byline"];
	        this.language = source["language"];
	    }
	}
	export class PullResult {
	    feedId: number;
	    title: string;
	    newItems: number;
	    notModified: boolean;
	    error?: string;
	
	    static createFrom(source: any = {}) {
	        return new PullResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.feedId = source["feedId"];
	        this.title = source["title"];
	        this.newItems = source["newItems"];
	        this.notModified = source["notModified"];
	        this.error = source["error"];
	    }
	}
	export class PullSummary {
	    feeds: number;
	    newItems: number;
	    cancelled: boolean;
	    results: PullResult[];
	
	    static createFrom(source: any = {}) {
	        return new PullSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.feeds = source["feeds"];
	        this.newItems = source["newItems"];
	        this.cancelled = source["cancelled"];
	        this.results = this.convertValues(source["results"], PullResult);
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
	export class ReaderSpan {
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
	    anchorStatus: string;
	    state: string;
	    origin: string;
	    confidence: number;
	    note: string;
	    tags: Tag[];
	
	    static createFrom(source: any = {}) {
	        return new ReaderSpan(source);
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
	        this.anchorStatus = source["anchorStatus"];
	        this.state = source["state"];
	        this.origin = source["origin"];
	        this.confidence = source["confidence"];
	        this.note = source["note"];
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
	export class ReviewPublisher {
	    organisation: string;
	    urlPattern: string;
	
	    static createFrom(source: any = {}) {
	        return new ReviewPublisher(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.organisation = source["organisation"];
	        this.urlPattern = source["urlPattern"];
	    }
	}
	export class RunItem {
	    articleId: number;
	    title: string;
	    suggested: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new RunItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.title = source["title"];
	        this.suggested = source["suggested"];
	        this.skipped = source["skipped"];
	    }
	}
	export class RunSummary {
	    articles: number;
	    suggested: number;
	    skipped: number;
	    cancelled: boolean;
	    items: RunItem[];
	
	    static createFrom(source: any = {}) {
	        return new RunSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articles = source["articles"];
	        this.suggested = source["suggested"];
	        this.skipped = source["skipped"];
	        this.cancelled = source["cancelled"];
	        this.items = this.convertValues(source["items"], RunItem);
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
	export class SpeaksFor {
	    entityId: number;
	    sourceId?: number;
	    sourceName: string;
	
	    static createFrom(source: any = {}) {
	        return new SpeaksFor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entityId = source["entityId"];
	        this.sourceId = source["sourceId"];
	        this.sourceName = source["sourceName"];
	    }
	}
	export class SplitResult {
	    articleId: number;
	    removed: number;
	    kept: number;
	    renumbered: number;
	
	    static createFrom(source: any = {}) {
	        return new SplitResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.removed = source["removed"];
	        this.kept = source["kept"];
	        this.renumbered = source["renumbered"];
	    }
	}
	export class Suggestion {
	    spanId: number;
	    articleId: number;
	    articleTitle: string;
	    type: string;
	    start: number;
	    end: number;
	    quote: string;
	    prefix: string;
	    suffix: string;
	    rule: string;
	    origin: string;
	    confidence: number;
	    entityId?: number;
	    entityName: string;
	    isNewEntity: boolean;
	    normalized: string;
	    hedge: string;
	    speakerName: string;
	
	    static createFrom(source: any = {}) {
	        return new Suggestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.spanId = source["spanId"];
	        this.articleId = source["articleId"];
	        this.articleTitle = source["articleTitle"];
	        this.type = source["type"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.quote = source["quote"];
	        this.prefix = source["prefix"];
	        this.suffix = source["suffix"];
	        this.rule = source["rule"];
	        this.origin = source["origin"];
	        this.confidence = source["confidence"];
	        this.entityId = source["entityId"];
	        this.entityName = source["entityName"];
	        this.isNewEntity = source["isNewEntity"];
	        this.normalized = source["normalized"];
	        this.hedge = source["hedge"];
	        this.speakerName = source["speakerName"];
	    }
	}
	export class SuggestionFilter {
	    articleId: number;
	    type: string;
	    minConfidence: number;
	    rule: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new SuggestionFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.type = source["type"];
	        this.minConfidence = source["minConfidence"];
	        this.rule = source["rule"];
	        this.limit = source["limit"];
	    }
	}
	export class SuspectVersion {
	    articleId: number;
	    title: string;
	    name: string;
	    version: number;
	    previousId: number;
	    previousTitle: string;
	    similarity: number;
	
	    static createFrom(source: any = {}) {
	        return new SuspectVersion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.articleId = source["articleId"];
	        this.title = source["title"];
	        this.name = source["name"];
	        this.version = source["version"];
	        this.previousId = source["previousId"];
	        this.previousTitle = source["previousTitle"];
	        this.similarity = source["similarity"];
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

export namespace match {
	
	export class FigureEvidence {
	    claim: string;
	    candidate: string;
	    compatible: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FigureEvidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.claim = source["claim"];
	        this.candidate = source["candidate"];
	        this.compatible = source["compatible"];
	    }
	}

}

