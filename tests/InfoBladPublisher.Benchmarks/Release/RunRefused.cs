namespace InfoBladPublisher.Benchmarks.Release;

/// <summary>
/// A publish the benchmark times was refused (a layout gate, a missing tool): its figures would be
/// meaningless, so the run ends with the product's own words, not a stack trace.
/// </summary>
internal sealed class RunRefused(string message) : Exception(message);
