using System.Net;
using System.Net.Sockets;

namespace Semillero.Access;

// Who is knocking, for rate limits and failure counters. An IPv4 address is one client; an IPv6
// client usually holds a whole /64 and can pick a new address in it for every request, so the /64
// is what gets counted.
public static class ClientAddress
{
    public static string Partition(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
