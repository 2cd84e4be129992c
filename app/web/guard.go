package web

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// checkAddress runs before every connection the fetcher makes, on the address
// about to be dialled (after DNS, on every redirect hop): unless AllowPrivate,
// only public unicast addresses are reached.
func (f *Fetcher) checkAddress(network, address string, _ syscall.RawConn) error {
	if f.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return &Error{Kind: KindPrivate, Message: "refused an address it could not read: " + address}
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return &Error{Kind: KindPrivate, Message: "refused an address it could not read: " + address}
	}
	if !IsPublic(ip) {
		return &Error{Kind: KindPrivate, Message: fmt.Sprintf(
			"the address leads to %s, a loopback or private network address, which the browser door does not fetch (start serve with --allow-private-fetch to allow it)", ip)}
	}
	return nil
}

// sharedSpace is 100.64.0.0/10 (carrier-grade NAT), not covered by IsPrivate.
var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")

// IsPublic reports whether ip is a public unicast address.
func IsPublic(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsValid() && ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() &&
		!ip.IsLinkLocalUnicast() && !sharedSpace.Contains(ip) && !ip.IsUnspecified()
}
