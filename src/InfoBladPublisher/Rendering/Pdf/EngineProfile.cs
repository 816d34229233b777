using System.Diagnostics;

namespace InfoBladPublisher.Rendering.Pdf;

/// <summary>Where one document's render time went, phase by phase (summed over layout passes), for the benchmark's profile.</summary>
internal sealed class EngineProfile
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> _phases = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private TimeSpan _last;

    /// <summary>Closes the phase that ran since the previous mark.</summary>
    public void Mark(string phase)
    {
        var now = _clock.Elapsed;
        if (!_phases.ContainsKey(phase))
        {
            _order.Add(phase);
        }

        _phases[phase] = _phases.GetValueOrDefault(phase) + (now - _last);
        _last = now;
    }

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _order.Select(p => (p, _phases[p])).ToList();
}
