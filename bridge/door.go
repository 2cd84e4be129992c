package bridge

import "encoding/json"

// Door is the desktop window's way into the services: the window binds this one value,
// and the UI calls Door.Call(service, method, args) where the browser POSTs
// /api/<service>/<method> with the same arguments. Both doors thus decode arguments,
// run the method and shape the result (nil lists sent as []) in one dispatcher. The
// window may call the WindowOnly methods the browser door refuses.
type Door struct{ calls *dispatcher }

// NewDoor binds the services (app.Services.Bindings) for the window.
func NewDoor(bindings []any) *Door { return &Door{calls: newDispatcher(bindings)} }

// Call runs service.method with args, a JSON array of the arguments in order.
func (d *Door) Call(service, method string, args json.RawMessage) (any, error) {
	return d.calls.call(service, method, args)
}

// NonNil is the value as the doors send it: nil slices and maps inside it made empty.
// The window's event emitter uses it, as the browser's event stream does.
func NonNil(v any) any { return nonNil(v) }
