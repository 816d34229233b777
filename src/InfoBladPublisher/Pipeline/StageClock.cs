using System.Diagnostics;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Where one publish spent its time, stage by stage (<c>publish --timings</c>): the fixed costs around the
/// renders are what a one-document rebuild waits for.
/// </summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private readonly List<StageTime> _parts = [];
    private TimeSpan _last;

    public IReadOnlyList<StageTime> Stages => _stages;

    /// <summary>Ends the stage that ran since the previous lap.</summary>
    public void Lap(string stage)
    {
        var now = _watch.Elapsed;
        _stages.Add(new StageTime(stage, now - _last));
        _stages.AddRange(_parts);
        _parts.Clear();
        _last = now;
    }

    /// <summary>A part of the running stage, measured on its own (it may overlap others); listed under that stage.</summary>
    public void Part(string part, TimeSpan elapsed) => _parts.Add(new StageTime(part, elapsed) { IsPart = true });
}

/// <param name="Stage">What ran, in words.</param>
public sealed record StageTime(string Stage, TimeSpan Elapsed)
{
    /// <summary>Part of the stage before it, not added to the total.</summary>
    public bool IsPart { get; init; }
}
