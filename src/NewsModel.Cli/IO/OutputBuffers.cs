using System.Buffers;
using System.Collections.Concurrent;

namespace NewsModel.Cli.IO;

/// <summary>
/// Reusable buffers that outputs are serialised into. A JSON model is about ten times the size of its
/// article; a new array for each (and a copy of it) was the largest part of a batch's allocation and
/// sent the bigger ones to the large-object heap, where each costs a full collection. A buffer goes
/// back once its output is written, so a batch needs about as many as there are inputs in flight.
/// </summary>
internal sealed class OutputBuffers
{
    // A buffer that grew past this on a huge input is dropped rather than kept for the small ones.
    private const int MaxKeptCapacity = 4 << 20;

    private const int InitialCapacity = 64 << 10;

    private readonly ConcurrentBag<ArrayBufferWriter<byte>> free = [];

    /// <summary>An empty buffer; give it back with <see cref="Return"/> once what it holds is written.</summary>
    public ArrayBufferWriter<byte> Rent()
    {
        if (this.free.TryTake(out var buffer))
        {
            buffer.ResetWrittenCount();
            return buffer;
        }

        return new ArrayBufferWriter<byte>(InitialCapacity);
    }

    /// <summary>Takes a buffer back; what it holds must no longer be used.</summary>
    public void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            this.free.Add(buffer);
        }
    }
}
