package bridge_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"claimdesk/app"
	"claimdesk/bridge"
)

// Go never sends null for a list: every method of the bound list is called through the
// window's Door (the dispatcher the browser door uses too) on an empty workspace and on
// the seeded sample one, with each argument its zero value and then with every number 1
// (the first article, span, claim ...), and every answer's JSON is walked alongside the
// method's Go result type: where Go has a slice or map, the JSON must hold a list or object.
func TestDoorNeverSendsNullForAList(t *testing.T) {
	for _, empty := range []bool{true, false} {
		answered, lists := callEveryMethod(t, empty)
		// Floors: the walk must have met real answers, not only refusals.
		if answered < 50 || lists < 40 {
			t.Errorf("empty=%v: only %d answers with %d lists walked; the test no longer exercises the services", empty, answered, lists)
		}
		t.Logf("empty workspace %v: %d answers, %d lists and maps checked", empty, answered, lists)
	}
}

func callEveryMethod(t *testing.T, empty bool) (answered, lists int) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // SettingsService writes its file there
	ws, err := app.OpenWorkspace(context.Background(), filepath.Join(t.TempDir(), "ws.db"), app.OpenOptions{Create: true, Empty: empty})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	svc := app.NewServices(ws)
	if !empty {
		markClaim(t, svc) // claims, mentions and their lists to walk
	}
	bindings := svc.Bindings()
	door := bridge.NewDoor(bindings)
	for _, one := range []bool{false, true} {
		for _, b := range bindings {
			pt := reflect.TypeOf(b)
			service := pt.Elem().Name()
			for i := 0; i < pt.NumMethod(); i++ {
				m := pt.Method(i)
				if m.Name == "Cancel" {
					continue // nothing running to cancel; answers a bool
				}
				args := make([]any, m.Type.NumIn()-1)
				for j := range args {
					args[j] = sampleArg(m.Type.In(j+1), one)
				}
				raw, _ := json.Marshal(args)
				result, err := door.Call(service, m.Name, raw)
				if err != nil {
					var e *app.Error
					if !errors.As(err, &e) || e.Code == app.CodeInternal {
						t.Errorf("%s.%s%s: %v", service, m.Name, raw, err)
					}
					continue
				}
				answered++
				out, err := json.Marshal(result)
				if err != nil {
					t.Fatalf("%s.%s: %v", service, m.Name, err)
				}
				var doc any
				json.Unmarshal(out, &doc)
				lists += walkForNull(t, service+"."+m.Name, resultType(m.Type), doc)
			}
		}
	}
	return answered, lists
}

// markClaim makes claim 1 with a mention of the first article's first words.
func markClaim(t *testing.T, svc *app.Services) {
	t.Helper()
	list, err := svc.Articles.List()
	if err != nil || len(list) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	a, err := svc.Articles.Get(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	quote := string([]rune(a.Body)[:24])
	if _, err := svc.Claims.AddMention(app.MentionInput{NewStatement: "A claim for the walk", ArticleID: a.ID, Start: 0, End: 24, Quote: quote}); err != nil {
		t.Fatal(err)
	}
}

// sampleArg is a zero value of t, or (one) the same with every number 1.
func sampleArg(t reflect.Type, one bool) any {
	v := reflect.New(t).Elem()
	if one {
		setOnes(v)
	}
	return v.Interface()
}

func setOnes(v reflect.Value) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				setOnes(v.Field(i))
			}
		}
	}
}

func resultType(mt reflect.Type) reflect.Type {
	for i := 0; i < mt.NumOut(); i++ {
		if mt.Out(i).String() != "error" {
			return mt.Out(i)
		}
	}
	return nil
}

var jsonMarshaler = reflect.TypeFor[json.Marshaler]()

// walkForNull fails where doc is null but t is a slice or map, and counts those met.
func walkForNull(t *testing.T, at string, typ reflect.Type, doc any) int {
	if typ == nil || typ.Implements(jsonMarshaler) || reflect.PointerTo(typ).Implements(jsonMarshaler) {
		return 0
	}
	n := 0
	switch typ.Kind() {
	case reflect.Pointer:
		return walkForNull(t, at, typ.Elem(), doc)
	case reflect.Slice, reflect.Array, reflect.Map:
		if typ.Elem().Kind() == reflect.Uint8 {
			return 0
		}
		if doc == nil {
			t.Errorf("%s: null where Go has %v", at, typ)
			return 1
		}
		n++
		switch d := doc.(type) {
		case []any:
			for i, e := range d {
				n += walkForNull(t, at+"["+strconv.Itoa(i)+"]", typ.Elem(), e)
			}
		case map[string]any:
			for k, e := range d {
				n += walkForNull(t, at+"."+k, typ.Elem(), e)
			}
		}
	case reflect.Struct:
		obj, ok := doc.(map[string]any)
		if !ok {
			return 0
		}
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if f.Anonymous && name == "" {
				n += walkForNull(t, at, f.Type, doc)
				continue
			}
			if name == "" {
				name = f.Name
			}
			if v, ok := obj[name]; ok {
				n += walkForNull(t, at+"."+name, f.Type, v)
			}
		}
	}
	return n
}
