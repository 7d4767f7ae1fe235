using System.Buffers;

namespace Semillero.Web.Hosting;

// A request body read ahead into a pooled buffer (up to a limit) so it can be inspected, then handed
// on to the endpoint as if unread: its reads get the buffered bytes first, then whatever of the
// original body was not read. Pooled rather than buffered to a MemoryStream or a temporary file, so
// a batch of xAPI statements costs no large-object-heap allocation and no disk. The buffer goes back
// to the pool when the response is disposed.
public sealed class ReplayableBodyStream : Stream
{
    private readonly Stream _rest;
    private byte[]? _buffer;
    private readonly int _length;
    private int _position;

    private ReplayableBodyStream(Stream rest, byte[] buffer, int length, bool complete)
    {
        _rest = rest;
        _buffer = buffer;
        _length = length;
        Complete = complete;
    }

    // Whether the whole body fitted within the limit (else Bytes is only its beginning).
    public bool Complete { get; }

    public ReadOnlyMemory<byte> Bytes => (_buffer ?? throw new ObjectDisposedException(nameof(ReplayableBodyStream))).AsMemory(0, _length);

    public MemoryStream OpenRead() => new(_buffer ?? throw new ObjectDisposedException(nameof(ReplayableBodyStream)), 0, _length, writable: false);

    // Reads up to limit + 1 bytes: a body longer than the limit stops there, incomplete.
    public static async Task<ReplayableBodyStream> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        var cap = (int)Math.Min(limit + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and var known && known < cap ? (int)known + 1 : 16 * 1024);
        var length = 0;
        try
        {
            while (length < cap)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length), ct);
                if (read == 0)
                {
                    return new ReplayableBodyStream(request.Body, buffer, length, complete: true);
                }

                length += read;
            }

            return new ReplayableBodyStream(request.Body, buffer, length, complete: false);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TryReadBuffered(buffer, out var read))
        {
            return read;
        }

        return _rest.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        TryReadBuffered(buffer.Span, out var read) ? ValueTask.FromResult(read) : _rest.ReadAsync(buffer, cancellationToken);

    private bool TryReadBuffered(Span<byte> destination, out int read)
    {
        read = 0;
        if (_position >= _length || destination.IsEmpty)
        {
            return false;
        }

        var source = _buffer ?? throw new ObjectDisposedException(nameof(ReplayableBodyStream));
        read = Math.Min(destination.Length, _length - _position);
        source.AsSpan(_position, read).CopyTo(destination);
        _position += read;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }
}
