package bridge

import (
	"encoding/json"
	"sync"
)

// Hub fans events out to every open event stream. It implements app.Events for the
// browser door. A slow client loses events rather than blocking the services.
type Hub struct {
	mu   sync.Mutex
	subs map[chan []byte]struct{}
}

func NewHub() *Hub { return &Hub{subs: map[chan []byte]struct{}{}} }

// Emit sends {name, data} to every subscriber.
func (h *Hub) Emit(name string, data any) {
	msg, err := json.Marshal(struct {
		Name string `json:"name"`
		Data any    `json:"data"`
	}{name, nonNil(data)})
	if err != nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- msg:
		default:
		}
	}
}

func (h *Hub) subscribe() chan []byte {
	ch := make(chan []byte, 64)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch
}

func (h *Hub) unsubscribe(ch chan []byte) {
	h.mu.Lock()
	delete(h.subs, ch)
	h.mu.Unlock()
}
