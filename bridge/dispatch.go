// Package bridge is the browser door: it serves the built UI and exposes the same app
// services the Wails window binds, mechanically — POST /api/<Service>/<Method> with a
// JSON array of the arguments in order, answering with the result or {code, message}
// exactly as the window's bindings do — plus a server-sent event stream.
package bridge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"

	"claimdesk/app"
	"claimdesk/app/strictjson"
)

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// dispatcher finds bound methods by service and method name.
type dispatcher struct {
	services map[string]reflect.Value
}

func newDispatcher(bindings []any) *dispatcher {
	d := &dispatcher{services: map[string]reflect.Value{}}
	for _, b := range bindings {
		v := reflect.ValueOf(b)
		d.services[reflect.Indirect(v).Type().Name()] = v
	}
	return d
}

// call runs service.method with the JSON array args and returns the JSON result. A
// method that panics answers internal, like any other failure: its write transaction
// has rolled back (db.InTx re-raises after the rollback), the stack goes to stderr for
// the bug report, and the door goes on serving.
func (d *dispatcher) call(service, method string, body []byte) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "claimdesk: panic in %s.%s: %v\n%s", service, method, p, debug.Stack())
			result, err = nil, app.Internal(fmt.Errorf("panic: %v", p), fmt.Sprintf("running %s.%s (a bug: please report it with the lines printed where Claimdesk runs)", service, method))
		}
	}()
	svc, ok := d.services[service]
	if !ok {
		return nil, app.NotFound("no service %q", service)
	}
	m := svc.MethodByName(method)
	if !m.IsValid() {
		return nil, app.NotFound("service %s has no method %q", service, method)
	}
	mt := m.Type()
	var raw []json.RawMessage
	if len(bytes.TrimSpace(body)) == 0 {
		body = []byte("[]")
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, app.Invalid("the request body must be a JSON array of arguments: %v", err)
	}
	if dup := strictjson.DuplicateKey(body); dup != "" {
		return nil, app.Invalid("the key %s appears twice in one object of the arguments of %s.%s; send it once", dup, service, method)
	}
	if len(raw) != mt.NumIn() {
		return nil, app.Invalid("%s.%s takes %d argument(s), got %d", service, method, mt.NumIn(), len(raw))
	}
	args := make([]reflect.Value, mt.NumIn())
	for i := range args {
		p := reflect.New(mt.In(i))
		dec := json.NewDecoder(bytes.NewReader(raw[i]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(p.Interface()); err != nil {
			return nil, app.Invalid("argument %d of %s.%s: %v", i+1, service, method, err)
		}
		args[i] = p.Elem()
	}
	out := m.Call(args)
	return splitResults(out)
}

// splitResults takes a method's results, (T, error), (error), (T) or (), apart.
func splitResults(out []reflect.Value) (any, error) {
	var result any
	for _, v := range out {
		if v.Type() == errorType {
			if !v.IsNil() {
				return nil, v.Interface().(error)
			}
			continue
		}
		result = v.Interface()
	}
	return nonNil(result), nil
}

// statusFor maps an error code to an HTTP status.
func statusFor(code app.Code) int {
	switch code {
	case app.CodeInvalid:
		return 400
	case app.CodeNotFound:
		return 404
	case app.CodeConflict:
		return 409
	}
	return 500
}
