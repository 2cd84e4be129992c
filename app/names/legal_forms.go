package names

// LegalForms are the words a company's registered name ends with in English news copy
// ("Pirelli SpA", "Magna International Inc", "Siemens AG"), as written, space-separated.
// The suggester reads them as organisation head words (and the tagger as a feature), and
// matching lets a body's name carry or drop one and stay the same body ("Marlow Freight"
// and "Marlow Freight Ltd"). One list for both: it had been written twice.
const LegalForms = `Inc Corp Ltd Co Cos Bros Plc PLC GmbH AG SpA SA NV BV Oyj AB ASA Bhd Tbk LLC Ltda Pty`
