package bridge

import "reflect"

// nonNil returns v with every nil slice and map inside it (struct fields, elements, map
// values, behind pointers) replaced by an empty one, so the JSON the UI gets has [] and {}
// where Go held nil, never null for a list: the contract (contract.gen.ts) types lists as
// never null, and both doors send results through here. Nil pointers and interfaces stay
// null; byte slices (base64 strings) and types with their own MarshalJSON are left alone.
// The caller's value is not changed: what needs a change is copied.
func nonNil(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	out, changed := fill(rv)
	if !changed {
		return v
	}
	return out.Interface()
}

// fill returns v with its nil lists filled, and whether anything had to change.
func fill(v reflect.Value) (reflect.Value, bool) {
	t := v.Type()
	if ownJSON(t) {
		return v, false
	}
	switch t.Kind() {
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return v, false
		}
		if v.IsNil() {
			return reflect.MakeSlice(t, 0, 0), true
		}
		var out reflect.Value
		for i := 0; i < v.Len(); i++ {
			e, changed := fill(v.Index(i))
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeSlice(t, v.Len(), v.Len())
				reflect.Copy(out, v)
			}
			out.Index(i).Set(e)
		}
		if out.IsValid() {
			return out, true
		}
		return v, false
	case reflect.Map:
		if v.IsNil() {
			return reflect.MakeMap(t), true
		}
		var out reflect.Value
		iter := v.MapRange()
		for iter.Next() {
			e, changed := fill(iter.Value())
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.MakeMapWithSize(t, v.Len())
				for it := v.MapRange(); it.Next(); {
					out.SetMapIndex(it.Key(), it.Value())
				}
			}
			out.SetMapIndex(iter.Key(), e)
		}
		if out.IsValid() {
			return out, true
		}
		return v, false
	case reflect.Pointer:
		if v.IsNil() {
			return v, false
		}
		e, changed := fill(v.Elem())
		if !changed {
			return v, false
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(e)
		return p, true
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e, changed := fill(v.Elem())
		if !changed {
			return v, false
		}
		out := reflect.New(t).Elem()
		out.Set(e)
		return out, true
	case reflect.Struct:
		var out reflect.Value
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
			e, changed := fill(v.Field(i))
			if !changed {
				continue
			}
			if !out.IsValid() {
				out = reflect.New(t).Elem()
				out.Set(v) // unexported fields too
			}
			out.Field(i).Set(e)
		}
		if out.IsValid() {
			return out, true
		}
		return v, false
	}
	return v, false
}

var marshalerType = reflect.TypeFor[interface{ MarshalJSON() ([]byte, error) }]()

func ownJSON(t reflect.Type) bool {
	return t.Implements(marshalerType) || t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(marshalerType)
}
