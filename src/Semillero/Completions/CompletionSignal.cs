namespace Semillero.Completions;

// Wakes the path evaluator when course completions were recorded, so a learner becomes an egresado
// (and gets the badge) seconds after the statement that finished the path, not at the next poll.
public sealed class CompletionSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // At most one pending wake-up: the evaluator drains everything pending when it runs.
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller signalled in between; one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
