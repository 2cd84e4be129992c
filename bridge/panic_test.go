package bridge_test

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"claimdesk/app"
	"claimdesk/bridge"
	"claimdesk/frontend"
)

// PanickyService stands for a service method with a bug that panics (a nil map, an index
// out of range) on some input.
type PanickyService struct{}

func (*PanickyService) Boom(n int) (int, error) {
	var m map[string]int
	m["x"] = n // panics: assignment to a nil map
	return n, nil
}

func (*PanickyService) Fine(n int) (int, error) { return n + 1, nil }

// A method that panics answers {code: internal, message} through both doors, and the
// door keeps serving: net/http would otherwise drop the browser's connection with no
// answer, and in the desktop window the panic would end the app.
func TestAPanickingMethodAnswersInternal(t *testing.T) {
	door := bridge.NewDoor([]any{&PanickyService{}})
	_, err := door.Call("PanickyService", "Boom", json.RawMessage(`[1]`))
	if p := app.FormatError(err); p.Code != app.CodeInternal || !strings.Contains(p.Message, "PanickyService.Boom") {
		t.Errorf("window door: %+v (%v), want internal naming the method", p, err)
	}
	if got, err := door.Call("PanickyService", "Fine", json.RawMessage(`[1]`)); err != nil || got != 2 {
		t.Errorf("after the panic: %v %v", got, err)
	}

	addr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 4243}
	srv := bridge.New(addr, testToken, frontend.Assets(), []any{&PanickyService{}}, bridge.NewHub())
	req := httptest.NewRequest(http.MethodPost, "http://"+addr.String()+"/api/PanickyService/Boom", strings.NewReader(`[1]`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Claimdesk-Token", testToken)
	rec := httptest.NewRecorder()
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("the browser door let the panic through: %v", p)
			}
		}()
		srv.ServeHTTP(rec, req)
	}()
	var p app.Payload
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || rec.Code != http.StatusInternalServerError || p.Code != app.CodeInternal {
		t.Errorf("browser door: HTTP %d %q, want 500 {code: internal}", rec.Code, rec.Body.String())
	}
}
