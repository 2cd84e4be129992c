package app

import (
	"errors"
	"io"

	"claimdesk/db/store"
)

// Memo writes a verification memo (memo.go) into memory, for the browser to download:
// ExportResult.Content is the HTML or text, Rows the number of claims. A claim that does
// not exist (deleted) is `not_found`; nothing is written.
func (s *ExportService) Memo(opts MemoOptions) (ExportResult, error) {
	o, err := CheckMemoOptions(opts)
	if err != nil {
		return ExportResult{}, err
	}
	buf := &cappedBuffer{max: exportByteCap}
	done, err := s.memo(buf, o)
	if errors.Is(err, errTooLarge) {
		return ExportResult{}, Invalid("this memo is larger than %d MB; save it to a file instead (the desktop's Save dialog, or `claimdesk export --what memo --out FILE`)", exportByteCap>>20)
	}
	if err != nil {
		return ExportResult{}, err
	}
	return ExportResult{Filename: s.ws.memoFilename(o), Content: buf.String(), Rows: done.rows, Warnings: []string{}}, nil
}

// MemoToFile writes a verification memo to path (absolute, ending .html or .htm, or .txt
// for text), as ExportToFile writes an export: an existing file only with overwrite,
// replaced whole; owner-only. Window and CLI only: a browser downloads (Memo).
func (s *ExportService) MemoToFile(path string, overwrite bool, opts MemoOptions) (ExportFileResult, error) {
	o, err := CheckMemoOptions(opts)
	if err != nil {
		return ExportFileResult{}, err
	}
	if path, err = CheckMemoPath(path, o.Format); err != nil {
		return ExportFileResult{}, err
	}
	return s.toFile(path, overwrite, func(w io.Writer) (exportDone, error) { return s.memo(w, o) })
}

// WriteMemo writes a verification memo to w (the CLI's standard output) and returns the
// number of claims in it. Not a bound method: an io.Writer cannot cross the UI's doors.
func WriteMemo(s *ExportService, w io.Writer, opts MemoOptions) (int, error) {
	o, err := CheckMemoOptions(opts)
	if err != nil {
		return 0, err
	}
	done, err := s.memo(w, o)
	return done.rows, err
}

// memo reads the memo in one read snapshot (an edit made meanwhile is wholly in it or
// wholly not) and writes it to w.
func (s *ExportService) memo(w io.Writer, o MemoOptions) (exportDone, error) {
	ctx := s.ws.Context()
	var n int
	err := s.ws.DB().ReadSnapshot(ctx, 0, func(q *store.Queries) error {
		var err error
		n, err = s.ws.writeMemo(ctx, q, w, o)
		return err
	})
	done := exportDone{rows: n}
	var ae *Error
	switch {
	case err == nil:
		return done, nil
	case errors.Is(err, errTooLarge):
		return done, err
	case errors.As(err, &ae):
		return done, ae
	case errors.Is(err, errWrite):
		return done, Internal(err, "writing the memo")
	}
	return done, storeErr(err, "the memo")
}
