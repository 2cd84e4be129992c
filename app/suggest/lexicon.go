package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists. None of them names anything specific to one article: they are
// general English function words, titles, head nouns and calendar words.

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stopCaps are words that are capitalised because they start a sentence or a
// heading, never the start of a name.
var stopCaps = set(`
A An The This That These Those There Here It Its It's I We You He She They Me Us Him Her Them
My Our Your His Their Whose Who Whom What Which When Where Why How Whether
In On At By For From To Of With Without Within Into Onto Upon Over Under Above Below
After Before During Since Until Till Amid Amidst Among Amongst Between Across Against
Along Around About Behind Beyond Despite Except Inside Outside Through Throughout Toward Towards
Via Per Like Unlike Near Off Out Up Down
And Or But Nor So Yet Also Still Then Now Thus Hence Therefore However Meanwhile Moreover
Furthermore Nevertheless Nonetheless Instead Otherwise Besides Indeed Perhaps Maybe
Although Though Because While Whereas Unless Once As If Even Just Only Not No Yes
All Any Both Each Every Either Neither Few Many Much More Most Some Several Such Other Another
Others Own Same Very Too Quite Rather Almost Nearly
Is Are Was Were Be Been Being Am Do Does Did Done Has Have Had Having Can Could May Might
Must Shall Should Will Would Let Lets
Today Tonight Yesterday Tomorrow Earlier Later Last Next First Second Third Finally Lastly
Separately Additionally Similarly Likewise Again Already Always Never Often Sometimes Usually
According Asked Asked Speaking Following Regarding Including Considering Given
Click Follow Read Share Send Subscribe Sign Log Watch Listen See Photo Photos Video Videos Image Images
Advertisement Related Editing Reporting Writing Additional Source Sources Copyright
Mr Mrs Ms Dr Sir
Dear Please Thanks Thank
One Two Three Four Five Six Seven Eight Nine Ten
`)

// titles are capitalised words that introduce a person's name and stay outside
// the span: "Culture Minister [Olga Lyubimova]".
var titleWords = set(`
President Vice Minister Premier Ambassador Governor Mayor Chancellor Secretary Chairman
Chairwoman Chairperson Leader King Queen Prince Princess Emperor Empress Pope Senator Sen
Rep Representative Congressman Congresswoman Lawmaker General Gen Colonel Col Lieutenant Lt
Admiral Adm Marshal Commander Captain Capt Major Maj Sergeant Sgt Director Envoy Commissioner
Spokesman Spokeswoman Spokesperson Judge Justice Prosecutor Attorney Deputy
Mr Mrs Ms Dr Prof Professor Sheikh Cardinal Archbishop Bishop Rev Reverend Patriarch
Ayatollah Sultan Emir Crown CEO Chief Speaker Coach Dictator Councillor Councilor Diplomat
Foreign Defense Defence Prime
`)

// titleHeads are the title words that can end a title phrase ("Vice Culture
// Minister"); modifiers such as "Foreign" or "Vice" only prefix one.
var titleModifiers = set(`Vice Deputy Foreign Defense Defence Prime Crown First Acting Former Chief`)

// personCues are lower-case words after which a capitalised phrase is a person:
// "North Korean leader [Kim Jong-un]", "the late [Kim Il-sung]".
var personCues = set(`
president minister premier leader ambassador governor mayor chancellor secretary chairman
chairwoman chairperson spokesman spokeswoman spokesperson envoy commander
general director adviser advisor analyst lawmaker senator politician diplomat professor
researcher scholar author journalist correspondent reporter activist founder chief ceo
executive judge prosecutor lawyer coach player singer actor actress artist writer dancer
ballerina conductor composer daughter son wife husband sister brother mother father late
dictator ruler king queen prince princess emperor colonel captain lieutenant sergeant
opponent rival candidate nominee deputy vice-minister vice-president counterpart
striker goalkeeper defender midfielder winger flanker sheriff inspector detective constable
superintendent treasurer
`)

// roleNouns after ", a/the ..." mark the preceding phrase as a person:
// "[Oleg Kozhemyako], the governor of ...".
var roleNouns = set(`
president minister premier leader ambassador governor mayor chancellor secretary chairman
chairwoman chairperson spokesman spokeswoman spokesperson official envoy commander general
director adviser advisor analyst lawmaker senator politician diplomat professor researcher
scholar fellow author journalist correspondent reporter activist founder chief ceo executive
judge prosecutor lawyer coach player singer actor actress artist writer expert economist
head member deputy dancer conductor composer student teacher doctor
`)

// reportingVerbs attribute speech: "Umerov said", "said Umerov".
var reportingVerbs = set(`
said says say told tells added adds noted notes wrote writes stated states remarked remarks
asserted asserts declared declares explained explains stressed stresses emphasized emphasised
emphasizes emphasises insisted insists warned warns claimed claims argued argues announced
announces acknowledged acknowledges commented comments replied replies responded responds
continued continues concluded concludes observed observes described describes recalled recalls
urged urges
`)

// orgHeads end an organisation's name: "Pyatnitsky [Choir]", "Central [Committee]".
var orgHeads = set(`
Agency Choir Party Committee Ministry Theatre Theater Troupe Embassy Consulate Council
University College Institute Academy Association Federation Union League Organization
Organisation Corporation Corp Company Inc Ltd Group Bank Fund Foundation Commission Court
Parliament Assembly Army Navy Force Forces Guard Guards Command Department Office Bureau
Service Services Authority Administration News Times Post Journal Orchestra Ensemble Ballet
Band Club Society Center Centre Network Television Radio Broadcasting Airlines Airways Cabinet
Secretariat Senate Congress Police Movement Front Brigade Battalion Regiment Division Corps
Directorate Inspectorate Museum Library Hospital School Board Tribunal Alliance Coalition
Company Opera Philharmonic Circus Studio Studios Press Media Daily Herald Tribune Gazette
Telegraph Observer Chronicle Review Channel Group Holdings Industries Motors Systems
Technologies Mission Staff Chiefs
`)

func init() {
	for w := range legalForms {
		orgHeads[w] = true
	}
}

// venueHeads name organisations that are also places; after "at (the)" they
// are read as places: "at the Mansudae Art [Theater]".
var venueHeads = set(`Theatre Theater Museum Opera Circus Library Hospital University College School Stadium Arena`)

// placeHeads end a place's name: "Kursk [Oblast]", "Mansudae Assembly [Hall]".
var placeHeads = set(`
Oblast Krai Province Region Prefecture County District Governorate Territory Republic Raion
Hall Square Palace Stadium Arena Airport Station Street Avenue Road Bridge Island Islands
Peninsula Mountain Mountains Mount River Lake Sea Ocean Gulf Bay Strait Valley Desert Park
Cosmodrome Spaceport Port Harbour Harbor Canal Plaza Tower Cathedral Monument Mausoleum
Base Coast Border Zone Highway Boulevard Gardens Garden Cemetery Basin Plain Plateau Forest
Village City Town Kingdom Emirate Emirates
`)

// placeNouns are lower-case nouns that make the capitalised word before them a
// place, span included: "Vostochny spaceport", "the Kursk region".
var placeNouns = set(`spaceport cosmodrome airport airbase region province oblast krai district peninsula river`)

// connectors may join capitalised words inside one name.
var nameParticles = set(`de du des la le del della da di dos das van von der den al el bin ibn y zu`)

// compassWords combine with demonyms: "North Korean", "South African".
var compassWords = set(`North South East West Northern Southern Eastern Western Central New Upper Lower`)

// acronymStop are all-capitals words that are not organisations.
var acronymStop = set(`
I II III IV V VI VII VIII IX X XI XII XX AM PM GMT UTC BST EST PST CET MSK KST TV OK ID DNA
GDP CEO CFO COO MP PM FAQ FILE PHOTO REUTERS AP UPDATE URGENT BREAKING NEWS USD EUR RUB KRW
A AN THE OF AND IN ON AT TO BY FOR WITH FROM IS IT AS
`)

// abbreviations ending in "." that do not end a sentence.
var abbrevs = set(`Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Col Lt Capt Sgt Adm Maj Rev Jr Sr Inc Ltd Corp Co
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs Mt Ft U S N E W`)

// IsSentenceStartWord reports whether w (any case) is one of stopCaps: a word capitalised
// because it starts a sentence or heading, never a name.
func IsSentenceStartWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return stopCaps[string(unicode.ToUpper(r))+strings.ToLower(w[size:])]
}
