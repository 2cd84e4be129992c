package geo

// states is the table of sovereign states (UN members, the two observer states, Taiwan
// and Kosovo): ISO 3166-1 code | nationality adjectives | the names reporters give the
// seat of government when GeoNames' national capital (PPLC) is not the one news copy uses
// or a second seat matters ("Washington", "The Hague", "Ulaanbaatar").
//
// Only states are here: the capitals of dependent territories ("Hamilton", "Stanley",
// "Douglas", "Plymouth") are ordinary words or people's names in most copy, so a capital
// is read as a government only for a state. Written from general knowledge, not from any
// test text.
const states = `
AD|Andorran|
AE|Emirati|
AF|Afghan|
AG|Antiguan|
AL|Albanian|
AM|Armenian|
AO|Angolan|
AR|Argentine,Argentinian|
AT|Austrian|
AU|Australian|
AZ|Azerbaijani|
BA|Bosnian|
BB|Barbadian|
BD|Bangladeshi|Dhaka
BE|Belgian|
BF|Burkinabe|
BG|Bulgarian|
BH|Bahraini|
BI|Burundian|Bujumbura
BJ|Beninese|Cotonou
BN|Bruneian|
BO|Bolivian|La Paz
BR|Brazilian|Brasilia
BS|Bahamian|
BT|Bhutanese|
BW|Botswanan|
BY|Belarusian|
BZ|Belizean|
CA|Canadian|
CD|Congolese|
CF|Central African|
CG|Congolese|
CH|Swiss|
CI|Ivorian|Abidjan
CL|Chilean|
CM|Cameroonian|Yaounde
CN|Chinese|
CO|Colombian|Bogota
CR|Costa Rican|
CU|Cuban|
CV|Cape Verdean|
CY|Cypriot|
CZ|Czech|
DE|German|
DJ|Djiboutian|
DK|Danish|
DM|Dominican|
DO|Dominican|
DZ|Algerian|
EC|Ecuadorian|
EE|Estonian|
EG|Egyptian|
ER|Eritrean|
ES|Spanish|
ET|Ethiopian|
FI|Finnish|
FJ|Fijian|
FM|Micronesian|
FR|French|
GA|Gabonese|
GB|British|
GD|Grenadian|
GE|Georgian|
GH|Ghanaian|
GM|Gambian|
GN|Guinean|
GQ|Equatorial Guinean|
GR|Greek|
GT|Guatemalan|
GW|Bissau-Guinean|
GY|Guyanese|
HN|Honduran|
HR|Croatian|
HT|Haitian|
HU|Hungarian|
ID|Indonesian|
IE|Irish|
IL|Israeli|Jerusalem
IN|Indian|Delhi
IQ|Iraqi|
IR|Iranian|
IS|Icelandic|Reykjavik
IT|Italian|
JM|Jamaican|
JO|Jordanian|
JP|Japanese|
KE|Kenyan|
KG|Kyrgyz|
KH|Cambodian|
KI|I-Kiribati|
KM|Comoran|
KN|Kittitian|
KP|North Korean|
KR|South Korean|
KW|Kuwaiti|
KZ|Kazakh,Kazakhstani|Astana
LA|Lao,Laotian|
LB|Lebanese|
LC|Saint Lucian|
LI|Liechtensteiner|
LK|Sri Lankan|Sri Jayawardenepura Kotte
LR|Liberian|
LS|Basotho|
LT|Lithuanian|
LU|Luxembourgish|
LV|Latvian|
LY|Libyan|
MA|Moroccan|
MC|Monegasque|
MD|Moldovan|Chisinau
ME|Montenegrin|
MG|Malagasy|
MH|Marshallese|
MK|Macedonian|
ML|Malian|
MM|Burmese,Myanmar|Naypyidaw,Naypyitaw
MN|Mongolian|Ulaanbaatar
MR|Mauritanian|
MT|Maltese|
MU|Mauritian|
MV|Maldivian|Malé
MW|Malawian|
MX|Mexican|
MY|Malaysian|Putrajaya
MZ|Mozambican|
NA|Namibian|
NE|Nigerien|
NG|Nigerian|
NI|Nicaraguan|
NL|Dutch|The Hague
NO|Norwegian|
NP|Nepali,Nepalese|
NR|Nauruan|
NZ|New Zealand|
OM|Omani|
PA|Panamanian|Panama City
PE|Peruvian|
PG|Papua New Guinean|
PH|Filipino,Philippine|
PK|Pakistani|
PL|Polish|
PS|Palestinian|Ramallah
PT|Portuguese|
PW|Palauan|
PY|Paraguayan|Asuncion
QA|Qatari|
RO|Romanian|
RS|Serbian|
RU|Russian|
RW|Rwandan|
SA|Saudi|
SB|Solomon Islander|
SC|Seychellois|
SD|Sudanese|
SE|Swedish|
SG|Singaporean|
SI|Slovenian,Slovene|
SK|Slovak|
SL|Sierra Leonean|
SM|Sammarinese|
SN|Senegalese|
SO|Somali|
SR|Surinamese|
SS|South Sudanese|
ST|Santomean|
SV|Salvadoran|
SY|Syrian|
SZ|Swazi|
TD|Chadian|Ndjamena
TG|Togolese|Lome
TH|Thai|
TJ|Tajik|
TL|Timorese|
TM|Turkmen|
TN|Tunisian|
TO|Tongan|
TR|Turkish|
TT|Trinidadian|
TV|Tuvaluan|
TW|Taiwanese|
TZ|Tanzanian|Dar es Salaam
UA|Ukrainian|Kiev
UG|Ugandan|
US|American|Washington
UY|Uruguayan|
UZ|Uzbek|
VA|Vatican|
VC|Vincentian|
VE|Venezuelan|
VN|Vietnamese|
VU|Ni-Vanuatu|
WS|Samoan|
XK|Kosovar,Kosovan|
YE|Yemeni|
ZA|South African|Cape Town
ZM|Zambian|
ZW|Zimbabwean|
`
