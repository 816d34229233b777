using System.Text.Json;
using InfoBladPublisher.Common;

namespace InfoBladPublisher.Release;

/// <summary>
/// A folder of cache entries by key. An entry is a few named parts, each written whole, and an index that holds
/// the SHA-256 of every part: an entry with a part missing or changed on disk is deleted and reads as missing,
/// so a damaged or half-written entry is rebuilt and never used. A failure to store only costs a rebuild.
/// </summary>
internal sealed class EntryStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Folder { get; } = folder;

    /// <summary>The parts of a sound entry, each checked against its hash (given with them), and the number stored with them.</summary>
    public (IReadOnlyDictionary<string, byte[]> Parts, IReadOnlyDictionary<string, string> Hashes, int Number)? TryGet(string key)
    {
        var index = IndexPath(key);
        Entry? entry = null;
        try
        {
            if (!File.Exists(index))
            {
                return null;
            }

            entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(index), Json);
            if (entry?.Parts is not { Count: > 0 } hashes)
            {
                Forget(key, entry);
                return null;
            }

            var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (name, sha256) in hashes)
            {
                var bytes = File.ReadAllBytes(PartPath(key, name));
                if (Hashing.Sha256Hex(bytes) != sha256)
                {
                    Forget(key, entry);
                    return null;
                }

                parts[name] = bytes;
            }

            return (parts, hashes, entry.Number);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            Forget(key, entry);
            return null;
        }
    }

    /// <summary>Stores the parts first and the index last, so a reader sees the whole entry or none.</summary>
    /// <returns>The parts' hashes, or null when the entry could not be stored.</returns>
    public IReadOnlyDictionary<string, string>? Put(string key, IReadOnlyDictionary<string, byte[]> parts, int number)
    {
        var hashes = parts.ToDictionary(p => p.Key, p => Hashing.Sha256Hex(p.Value), StringComparer.Ordinal);
        var entry = new Entry(hashes, number);
        try
        {
            Directory.CreateDirectory(Folder);
            foreach (var (name, bytes) in parts)
            {
                WholeFile.Write(PartPath(key, name), bytes);
            }

            WholeFile.Write(IndexPath(key), JsonSerializer.SerializeToUtf8Bytes(entry, Json));
            return hashes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Forget(key, entry);
            return null;
        }
    }

    public string PartPath(string key, string part) => Path.Combine(Folder, $"{key}.{part}");

    private string IndexPath(string key) => Path.Combine(Folder, key + ".json");

    private void Forget(string key, Entry? entry)
    {
        foreach (var path in (entry?.Parts?.Keys.AsEnumerable() ?? []).Select(p => PartPath(key, p)).Append(IndexPath(key)))
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // it will be overwritten by the next store
            }
        }
    }

    private sealed record Entry(Dictionary<string, string>? Parts, int Number);
}
