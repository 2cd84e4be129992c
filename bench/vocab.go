package bench

// Word lists for the synthetic workspace. ASCII only, so that byte offsets are code-point
// offsets while generating (the app's offsets are code points).

var firstNames = []string{
	"Olga", "Ivan", "Sergei", "Anna", "Dmitry", "Elena", "Mikhail", "Natalia", "Alexei", "Irina",
	"Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
	"John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
	"David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
	"Rustem", "Oleksandr", "Yulia", "Andriy", "Volodymyr", "Tetiana", "Viktor", "Oksana", "Pavlo", "Iryna",
	"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
	"Ahmed", "Fatima", "Omar", "Aisha", "Hassan", "Layla", "Youssef", "Mariam", "Khalid", "Nour",
	"Pierre", "Sophie", "Jean", "Claire", "Luc", "Camille", "Antoine", "Julie", "Hugo", "Lea",
	"Hans", "Greta", "Klaus", "Ingrid", "Jurgen", "Heike", "Stefan", "Petra", "Uwe", "Monika",
	"Carlos", "Lucia", "Javier", "Carmen", "Diego", "Elena", "Pablo", "Rosa", "Miguel", "Isabel",
}

var lastNames = []string{
	"Lyubimova", "Shoigu", "Lavrov", "Peskov", "Medvedev", "Nebenzya", "Belousov", "Gerasimov", "Patrushev", "Zakharova",
	"Jong Un", "Yo Jong", "Son Hui", "Chol", "Su Gil", "Hyon", "Kwang", "Myong", "Nam", "Song",
	"Umerov", "Zelensky", "Kuleba", "Sybiha", "Budanov", "Syrskyi", "Shmyhal", "Yermak", "Klitschko", "Reznikov",
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
	"Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Thompson",
	"White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
	"Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
	"Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Muller", "Schmidt", "Schneider", "Fischer", "Weber",
	"Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Dubois", "Durand", "Leroy", "Moreau", "Laurent",
	"Simon", "Michel", "Lefebvre", "Fournier", "Girard", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
	"Romano", "Colombo", "Ricci", "Marino", "Greco", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito",
	"Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Petrov", "Ivanov", "Sidorov", "Smirnov", "Kuznetsov",
	"Popov", "Vasiliev", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev",
	"Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev", "Orlov", "Andreev", "Makarov", "Nikitin",
	"Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Farouk", "Karimi", "Hosseini", "Rahimi", "Moradi",
	"Okafor", "Adeyemi", "Mensah", "Owusu", "Diallo", "Traore", "Keita", "Kamara", "Banda", "Phiri",
	"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Gomes",
	"Kowalski", "Nowak", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Mazur", "Krawczyk",
	"Horvat", "Novak", "Kovac", "Babic", "Maric", "Petrovic", "Jovanovic", "Nikolic", "Markovic", "Djordjevic",
	"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
	"Chung", "Hwang", "Ahn", "Shin", "Oh", "Seo", "Kwon", "Yoo", "Ko", "Moon",
	"Sato", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamada", "Mori", "Abe", "Ikeda", "Hashimoto",
	"Wong", "Chan", "Leung", "Cheung", "Lau", "Ho", "Tsang", "Yip", "Kwok", "Mak",
	"Gupta", "Sharma", "Singh", "Kumar", "Patel", "Reddy", "Rao", "Iyer", "Nair", "Menon",
	"Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Katz", "Shapiro",
	"Bauer", "Koch", "Richter", "Klein", "Wolf", "Schroder", "Neumann", "Schwarz", "Zimmermann", "Braun",
	"Kruger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann",
	"OBrien", "Murphy", "Kelly", "Sullivan", "Walsh", "Byrne", "Ryan", "OConnor", "McCarthy", "Doyle",
	"Ozturk", "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Arslan", "Dogan",
	"Petersen", "Hansen", "Jensen", "Nielsen", "Pedersen", "Christensen", "Larsen", "Sorensen", "Rasmussen", "Jorgensen",
	"Vargas", "Castro", "Ortiz", "Ramos", "Ruiz", "Morales", "Mendoza", "Reyes", "Cruz", "Guzman",
	"Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo",
	"Bakr", "Hamdan", "Jaber", "Qasim", "Rashid", "Sabri", "Tahir", "Wahid", "Zaki", "Younis",
	"Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gauthier", "Perrin", "Morel", "Mathieu", "Clement",
	"Abramov", "Belov", "Gusev", "Titov", "Komarov", "Zaitsev", "Vinogradov", "Bogdanov", "Frolov", "Zhukov",
	"Tkachenko", "Kovalenko", "Bondarenko", "Shevchenko", "Boyko", "Kravchenko", "Oliynyk", "Shevchuk", "Polishchuk", "Lysenko",
	"Park Jin", "Yoon Suk", "Han Duck", "Choo Kyung", "Cho Tae", "Shin Won", "Kim Yong", "Ri Son", "Pak Jong", "Choe Ryong",
	"Marchetti", "Gallo", "Conti", "DeLuca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
	"Haas", "Graf", "Vogel", "Jung", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
	"Quinn", "Reid", "Grant", "Fraser", "Hunter", "Murray", "Stewart", "Ross", "Graham", "Gordon",
	"Ali", "Khan", "Hussain", "Iqbal", "Malik", "Qureshi", "Siddiqui", "Chaudhry", "Butt", "Mirza",
	"Aziz", "Bashir", "Darwish", "Ghanem", "Habib", "Issa", "Kassem", "Lahoud", "Matar", "Najjar",
	"Abdi", "Warsame", "Farah", "Hersi", "Jama", "Omar", "Yusuf", "Elmi", "Duale", "Gedi",
	"Nakashima", "Fujita", "Okada", "Goto", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito", "Sakamoto",
	"Lindqvist", "Berg", "Lund", "Holm", "Dahl", "Strand", "Lind", "Nyberg", "Sandberg", "Ekstrom",
	"Vasquez", "Jimenez", "Alvarez", "Romero", "Navarro", "Torres", "Dominguez", "Gil", "Vazquez", "Serrano",
}

var roles = []string{
	"culture minister", "defence minister", "foreign minister", "spokesperson", "ambassador", "deputy prime minister",
	"army chief", "intelligence chief", "governor", "mayor", "senior official", "envoy", "analyst", "general",
	"commander", "trade minister", "head of delegation", "press secretary", "chairman", "director",
}

var orgWords1 = []string{
	"Korean", "Russian", "National", "Central", "United", "Federal", "International", "Eastern", "Northern", "Southern",
	"Pacific", "Atlantic", "Baltic", "Arctic", "Global", "Regional", "Joint", "Allied", "People's", "State",
	"Continental", "Maritime", "Strategic", "Independent", "Democratic", "Royal", "Imperial", "Metropolitan", "Coastal", "Western",
}
var orgWords2 = []string{
	"News", "Defence", "Energy", "Trade", "Culture", "Security", "Intelligence", "Railway", "Shipping", "Mining",
	"Aviation", "Space", "Nuclear", "Grain", "Steel", "Oil", "Gas", "Media", "Broadcasting", "Research",
	"Health", "Water", "Transport", "Telecom", "Finance", "Investment", "Development", "Peace", "Labour", "Science",
	"Youth", "Arts", "Film", "Music", "Sports", "Education", "Fisheries", "Forestry", "Tourism", "Customs",
}
var orgWords3 = []string{
	"Agency", "Ministry", "Committee", "Council", "Corporation", "Institute", "Commission", "Bureau", "Union", "Foundation",
	"Authority", "Service", "Office", "Association", "Federation", "Company", "Group", "Directorate", "Academy", "Centre",
	"Fund", "Board", "Network", "Alliance", "Society", "League", "Mission", "Command", "Forum", "Trust",
	"Guild", "Chamber", "Consortium", "Syndicate", "Partnership", "Secretariat", "Department", "Agency Group", "Holding", "Works",
	"Bank", "Exchange", "Assembly", "Court", "Tribunal", "Observatory", "Laboratory", "Institute Group", "Cooperative", "Trustees",
	"Front", "Party", "Movement", "Army", "Navy", "Guard", "Corps", "Brigade", "Division", "Regiment",
	"Club", "Circle", "Cabinet", "Senate", "Congress", "Parliament", "Presidium", "Politburo", "Legion", "Order",
}

var placeRoots = []string{
	"Pyong", "Seoul", "Mosk", "Vladi", "Khabar", "Kalin", "Novo", "Sever", "Yuzhno", "Krasno",
	"Kiev", "Khar", "Odes", "Dnipro", "Zapor", "Luhan", "Donet", "Kherson", "Mykol", "Poltav",
	"Wonsan", "Hamhung", "Chong", "Kaes", "Sinui", "Nampo", "Haeju", "Rason", "Hyes", "Kang",
	"Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon", "Jeonju", "Chang", "Pohang",
	"Bel", "Kurs", "Orel", "Tula", "Ryaz", "Tver", "Smolen", "Bryan", "Voron", "Lipet",
	"Sibir", "Omsk", "Tomsk", "Irkut", "Chita", "Yakut", "Magad", "Kamchat", "Sakhal", "Amur",
	"Ber", "Par", "Rom", "Mad", "Vien", "Prag", "Buda", "Wars", "Brat", "Lju",
	"Bei", "Shang", "Shen", "Harb", "Dand", "Yanj", "Hun", "Tum", "Jil", "Chang",
	"Tok", "Osak", "Niig", "Sapp", "Fuku", "Hiro", "Kob", "Sen", "Kana", "Nago",
	"Ank", "Ist", "Izm", "Tbil", "Bak", "Yer", "Alma", "Tash", "Bish", "Dush",
}
var placeEnds = []string{
	"yang", "grad", "sk", "ovsk", "insk", "burg", "ino", "evo", "ovo", "ka",
	"ny", "ta", "ra", "an", "on", "ia", "ava", "ets", "ichi", "do",
	"pol", "pur", "stad", "ville", "haven", "port", "mouth", "ford", "field", "dale",
	"gorsk", "dar", "mir", "gan", "bad", "abad", "istan", "land", "mark", "vik",
	"hamn", "holm", "berg", "dorf", "heim", "hausen", "feld", "brunn", "tal", "au",
	"jin", "san", "ju", "won", "po", "cheon", "gu", "dong", "ri", "ni",
	"zhou", "ning", "yuan", "shan", "kou", "men", "ling", "tai", "hai", "xi",
	"gawa", "saki", "hama", "yama", "mura", "shima", "oka", "hara", "zaki", "no",
	"ir", "ul", "at", "ek", "uz", "as", "ar", "ol", "un", "im",
	"ovka", "ivka", "yevo", "yino", "ogorsk", "nagorsk", "ansk", "ensk", "onsk", "unsk",
	"ovets", "ovichi", "ishche", "ivtsi", "any", "yany", "ichi", "yuk", "chuk", "enko",
	"abad", "shahr", "kand", "kent", "sar", "gir", "pet", "nagar", "pura", "garh",
	"ville-sur", "court", "mont", "val", "bourg", "castel", "monte", "villa", "porto", "rio",
	"stan", "kale", "hisar", "koy", "dere", "tepe", "ova", "su", "yurt", "bel",
	"wick", "ham", "ton", "by", "thorpe", "worth", "ley", "stead", "bury", "chester",
}

var eventNames = []string{"summit", "parade", "exercise", "festival", "visit", "conference", "talks", "forum", "delegation", "ceremony"}

var outlets = []struct{ name, kind, reliability string }{
	{"Reuters", "agency", "B"}, {"Yonhap", "agency", "B"}, {"KCNA", "state_media", "E"}, {"TASS", "state_media", "D"},
	{"Associated Press", "agency", "B"}, {"AFP", "agency", "B"}, {"NK News", "outlet", "C"}, {"BBC", "outlet", "B"},
	{"The Guardian", "outlet", "C"}, {"Korea Herald", "outlet", "C"}, {"Kyiv Independent", "outlet", "C"}, {"RIA Novosti", "state_media", "D"},
	{"Xinhua", "state_media", "D"}, {"Nikkei Asia", "outlet", "C"}, {"Al Jazeera", "outlet", "C"}, {"Deutsche Welle", "outlet", "B"},
	{"Le Monde", "outlet", "C"}, {"The New York Times", "outlet", "B"}, {"Financial Times", "outlet", "B"}, {"Interfax", "agency", "C"},
	{"Ukrinform", "state_media", "D"}, {"Rodong Sinmun", "state_media", "E"}, {"Kyodo", "agency", "B"}, {"Bloomberg", "outlet", "B"},
	{"Daily NK", "outlet", "D"}, {"38 North", "organisation", "C"}, {"Meduza", "outlet", "C"}, {"Kommersant", "outlet", "C"},
	{"Izvestia", "outlet", "D"}, {"UN Panel", "organisation", "B"}, {"Ministry of Defence UK", "government", "C"}, {"Pentagon", "government", "C"},
	{"JoongAng Daily", "outlet", "C"}, {"Chosun Ilbo", "outlet", "C"}, {"Hankyoreh", "outlet", "C"}, {"Arirang", "outlet", "C"},
	{"Radio Free Asia", "outlet", "C"}, {"Voice of America", "outlet", "C"}, {"Telegram channel", "social_media", "F"}, {"Local witness", "other", "F"},
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var units = []string{"troops", "soldiers", "workers", "artists", "tonnes of grain", "shells", "missiles", "delegates", "tourists", "engineers", "vehicles", "containers"}
var hedges = []string{"", "", "", "around", "about", "nearly", "more than", "up to", "reportedly", "at least"}
var verbs = []string{"arrived", "were deployed", "were sent", "were counted", "took part", "were seen", "were reported", "were moved", "were trained", "were detained"}
var saidVerbs = []string{"said", "told reporters", "wrote", "announced", "claimed", "confirmed", "denied", "stated", "added", "noted"}

// filler is common news vocabulary for the sentences between the marked phrases; the
// generator draws from it with a skewed distribution so that some words are in nearly
// every article and some in few.
var filler = []string{
	"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "was", "by", "it", "at", "from", "his", "her", "an", "were",
	"are", "which", "this", "be", "has", "had", "not", "but", "have", "their", "after", "also", "two", "new", "first", "last", "said", "would",
	"government", "country", "countries", "cooperation", "relations", "military", "agreement", "talks", "visit", "meeting", "treaty",
	"delegation", "official", "officials", "ministry", "statement", "report", "reports", "media", "state", "leader", "leaders", "president",
	"minister", "culture", "defence", "security", "border", "war", "peace", "sanctions", "trade", "economic", "support", "exchange", "exchanges",
	"strategic", "partnership", "comprehensive", "ties", "alliance", "week", "month", "year", "years", "capital", "city", "region", "province",
	"forces", "troops", "army", "navy", "missile", "missiles", "launch", "test", "weapons", "ammunition", "shells", "drones", "front", "attack",
	"commitment", "pledged", "signed", "discussed", "agreed", "expanded", "announced", "confirmed", "denied", "rejected", "warned", "urged",
	"international", "community", "observers", "analysts", "experts", "intelligence", "sources", "satellite", "images", "evidence", "claims",
	"performance", "concert", "ballet", "theatre", "exhibition", "museum", "festival", "artists", "performers", "students", "schools",
	"railway", "bridge", "port", "airport", "flight", "flights", "tourism", "tourists", "hotel", "resort", "coast", "river", "mountain",
	"grain", "oil", "fuel", "food", "aid", "shipments", "exports", "imports", "factory", "workers", "labour", "wages", "prices",
	"according", "reportedly", "allegedly", "officially", "unconfirmed", "independent", "verified", "estimated", "roughly", "approximately",
	"during", "before", "since", "while", "between", "against", "without", "under", "over", "through", "across", "toward", "amid",
	"historic", "unprecedented", "significant", "major", "minor", "senior", "junior", "former", "current", "future", "previous",
	"ceremony", "banquet", "reception", "parade", "anniversary", "celebration", "memorial", "monument", "square", "palace", "hall",
}

// rareWords each appear in a handful of articles (the "rare word" search).
var rareWords = []string{"obsidian", "quagmire", "zeppelin", "marzipan", "kaleidoscope", "xylophone", "juniper", "labyrinth", "quasar", "vellum"}
