package app

import (
	"database/sql"

	"claimdesk/app/export"
	"claimdesk/db/store"
)

// What a mention says, in the annotations export (docs/export.md, annotations): its
// hedge, its normalised values and its speaker, for every claim mention (from
// claim_mentions and claim_mention_values) and every suggestion that proposes them
// (spans.hedge, normalized, speaker_name); empty (null in JSON) for the rest.

// mentionSays appends the columns hedge .. speaker_uuid of span r to vals.
func (x *exporter) mentionSays(vals []export.Value, r store.ExportAnnotationsRow, further []string) []export.Value {
	var readings []string
	if first := readingText(r.ValueKind, r.ValueLow, r.ValueHigh, r.ValueUnit, r.DateStart, r.DateEnd, r.DatePrecision); first != "" {
		readings = append(readings, first)
	}
	readings = append(readings, further...)
	if r.Normalized != "" {
		readings = append(readings, r.Normalized)
	}
	speaker, speakerUUID := r.SpeakerName, ""
	if r.SpeakerEntityID.Valid {
		speaker, speakerUUID = x.names[r.SpeakerEntityID.Int64], x.uuids[r.SpeakerEntityID.Int64]
	}
	valueKind := r.ValueKind
	if valueKind == "none" {
		valueKind = ""
	}
	return append(vals, tv(r.Hedge), tv(r.RawValue), tv(valueKind), optFloat(r.ValueLow), optFloat(r.ValueHigh), tv(r.ValueUnit),
		tv(r.DateStart), tv(r.DateEnd), tv(r.DatePrecision), lv(orEmpty(readings)),
		optInt64(r.SpeakerEntityID.Int64, r.SpeakerEntityID.Valid), tv(speaker), tv(speakerUUID))
}

// furtherReadings returns the readings of the further values (v10) of the claim
// mentions among spans first..last, by span, in position order.
func (x *exporter) furtherReadings(first, last int64) (map[int64][]string, error) {
	rows, err := x.q.ExportMentionValuesRange(x.ctx, store.ExportMentionValuesRangeParams{FirstID: first, LastID: last})
	if err != nil {
		return nil, err
	}
	out := map[int64][]string{}
	for _, v := range rows {
		out[v.SpanID] = append(out[v.SpanID], readingText(v.Kind, v.Low, v.High, v.Unit, v.DateStart, v.DateEnd, v.Precision))
	}
	return out, nil
}

// readingText writes one normalised value as text: a figure as its range and unit
// ("11000 troops", "1000..9999 troops", "1000.." for at least), a date as its range
// and precision ("2024-06-19 (day)", "2024-06-01..2024-06-30 (month)"); "" for none.
func readingText(kind string, low, high sql.NullFloat64, unit, dateStart, dateEnd, precision string) string {
	var s string
	switch kind {
	case "figure":
		switch {
		case low.Valid && high.Valid && low.Float64 == high.Float64:
			s = export.FormatFloat(low.Float64)
		case low.Valid || high.Valid:
			if low.Valid {
				s = export.FormatFloat(low.Float64)
			}
			s += ".."
			if high.Valid {
				s += export.FormatFloat(high.Float64)
			}
		default:
			return ""
		}
		if unit != "" {
			s += " " + unit
		}
	case "date":
		if dateStart == "" && dateEnd == "" {
			return ""
		}
		s = dateStart
		if dateEnd != dateStart {
			s += ".." + dateEnd
		}
		if precision != "" {
			s += " (" + precision + ")"
		}
	}
	return s
}

func optFloat(f sql.NullFloat64) export.Value {
	if !f.Valid {
		return export.Null()
	}
	return export.Float(f.Float64)
}
