using System.Globalization;

namespace InfoBladPublisher.Pipeline;

/// <summary>
/// Share <see cref="Index"/> of <see cref="Count"/> (1-based) of a publish spread over machines, such as a CI
/// matrix: each share renders its documents into the cache, and an assemble step makes the release from there.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Reads <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string text, out Shard? shard)
    {
        shard = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            shard = new Shard(index, count);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The ids of this share. Every share computes the same split from the same tree: documents, largest print
    /// page first (id breaking ties), each go to the share with the least work so far (ties to the lowest), so
    /// one long document does not make its share the last to finish.
    /// </summary>
    internal IReadOnlySet<string> Select(IEnumerable<(string Id, long Size)> documents)
    {
        var load = new long[Count];
        var mine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, size) in documents.OrderByDescending(d => d.Size).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var least = 0;
            for (var i = 1; i < Count; i++)
            {
                if (load[i] < load[least])
                {
                    least = i;
                }
            }

            load[least] += Math.Max(1, size);
            if (least == Index - 1)
            {
                mine.Add(id);
            }
        }

        return mine;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
