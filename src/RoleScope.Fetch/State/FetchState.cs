using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleScope.Fetch.State;

/// <summary>
/// What earlier fetches into the same output already did, per source (<c>greenhouse:acme</c>, <c>hn:2026-06</c>): each
/// candidate id done, with its version stamp. A small JSON file, replaced atomically on every save, so that a run
/// stopped at any point leaves either the old state or the new one.
/// </summary>
public sealed class FetchState
{
    private const int FormatVersion = 1;
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, SourceState> _sources;

    private FetchState(string path, Dictionary<string, SourceState> sources)
    {
        Path = path;
        _sources = sources;
    }

    public string Path { get; }

    /// <summary>Reads the state at <paramref name="path"/>; a missing file is an empty state. A damaged file throws <see cref="InvalidDataException"/>.</summary>
    public static FetchState Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var sources = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new FetchState(path, sources);
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("sources", out var all) || all.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"fetch state {path} has no \"sources\" object; delete it to fetch everything again");
            }
            foreach (var source in all.EnumerateObject())
            {
                var state = new SourceState();
                if (source.Value.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    foreach (var item in items.EnumerateObject())
                    {
                        state.Mark(item.Name, item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString() : null);
                    }
                }
                sources[source.Name] = state;
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"fetch state {path} is not valid JSON ({e.Message}); delete it to fetch everything again", e);
        }
        return new FetchState(path, sources);
    }

    public SourceState For(string key)
    {
        if (!_sources.TryGetValue(key, out var state))
        {
            state = new SourceState();
            _sources[key] = state;
        }
        return state;
    }

    /// <summary>Writes a temporary file beside the state and moves it over the old one.</summary>
    public void Save()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartObject("sources");
            foreach (var (key, state) in _sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(key);
                writer.WriteStartObject("items");
                foreach (var (id, version) in state.Items)
                {
                    if (version is null)
                    {
                        writer.WriteNull(id);
                    }
                    else
                    {
                        writer.WriteString(id, version);
                    }
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }
}

/// <summary>The candidates of one source already done, each with the version it had (null when the source gives none).</summary>
public sealed class SourceState
{
    private readonly Dictionary<string, string?> _items = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IEnumerable<KeyValuePair<string, string?>> Items => _items.OrderBy(i => i.Key, StringComparer.Ordinal);

    public bool TryGet(string id, out string? version) => _items.TryGetValue(id, out version);

    public void Mark(string id, string? version) => _items[id] = version;
}
