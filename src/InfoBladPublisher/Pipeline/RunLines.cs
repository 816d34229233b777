using InfoBladPublisher.Diagnostics;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// The lines a publish writes itself, besides its diagnostics, in both languages: the caller's options pick one
/// (<see cref="PublishOptions.Language"/>), as a diagnostic's reader does.
/// </summary>
internal static class RunLines
{
    /// <summary>After loading: how many were checked, and what happens to them next.</summary>
    public static Wording Rendering(int all, int rendered, string engine)
    {
        var checkedAll = CountedNoun.Documents.Of(all);
        return rendered == all
            ? new($"{checkedAll.Nl} gecontroleerd; de PDF's worden gemaakt met {engine}", $"checked {checkedAll.En}; rendering PDF with {engine}")
            : new($"{checkedAll.Nl} gecontroleerd; {rendered} ervan worden als PDF gemaakt met {engine}", $"checked {checkedAll.En}; rendering {rendered} of them as PDF with {engine}");
    }

    public static Wording Assembling(int all, string cache)
    {
        var checkedAll = CountedNoun.Documents.Of(all);
        return new($"{checkedAll.Nl} gecontroleerd; de release wordt samengesteld uit {cache}", $"checked {checkedAll.En}; assembling the release from {cache}");
    }

    public static Wording Sharded(int all, Shard shard, int rendered, string cache)
    {
        var checkedAll = CountedNoun.Documents.Of(all);
        return new($"{checkedAll.Nl} gecontroleerd; deel {shard} maakt er {rendered} van, in {cache}", $"checked {checkedAll.En}; shard {shard} renders {rendered} of them into {cache}");
    }

    /// <summary>Said once a run: a local or test release needs no address, one going online does.</summary>
    public static Wording NoBaseUrl(string placeholder) => new(
        $"let op: er is geen --base-url gegeven, dus de feed, robots.txt en de sitemaps noemen {placeholder}; publiceer met --base-url (dotnet cake --base-url=https://...) voordat de release online gaat",
        $"note: no --base-url was given, so the feed, robots.txt and the sitemaps name {placeholder}; publish with --base-url (dotnet cake --base-url=https://...) before the release goes online");
}
