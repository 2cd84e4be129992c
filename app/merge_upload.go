package app

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
)

// The browser door never names a path: it sends the other workspace's bytes (base64),
// which are written to a private temporary file for the one call and removed after.

// PreviewUpload is Preview for a workspace file sent by the browser.
func (s *MergeService) PreviewUpload(name, content string) (MergePlan, error) {
	return s.withUpload(name, content, func(path string) (MergePlan, error) { return s.run(path, nil, false) })
}

// MergeUpload is Merge for a workspace file sent by the browser.
func (s *MergeService) MergeUpload(name, content string, resolutions []MergeResolution) (MergePlan, error) {
	return s.withUpload(name, content, func(path string) (MergePlan, error) { return s.run(path, resolutions, true) })
}

func (s *MergeService) withUpload(name, content string, fn func(path string) (MergePlan, error)) (MergePlan, error) {
	data, err := base64.StdEncoding.DecodeString(content)
	if err != nil {
		return MergePlan{}, Invalid("the workspace file did not arrive whole (not base64); send it again")
	}
	if len(data) == 0 {
		return MergePlan{}, Invalid("%s is empty, not a Claimdesk workspace", filepath.Base(name))
	}
	dir, err := os.MkdirTemp("", "claimdesk-upload-")
	if err != nil {
		return MergePlan{}, Internal(err, "receiving the workspace file")
	}
	defer os.RemoveAll(dir)
	base := filepath.Base(strings.TrimSpace(name))
	if base == "." || base == ".." || base == "/" || base == "" { // no name: "..", joined, is the folder's parent
		base = "theirs.db"
	}
	path := filepath.Join(dir, base)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return MergePlan{}, Internal(err, "receiving the workspace file")
	}
	plan, err := fn(path)
	plan.Theirs = base
	return plan, err
}
