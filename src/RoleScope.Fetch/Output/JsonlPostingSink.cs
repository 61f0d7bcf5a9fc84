using System.Globalization;
using System.Text;
using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Output;

/// <summary>
/// Appends postings to a canonical JSONL file. On opening, the postings already in the file are read (by source and id),
/// so that a run that stopped after writing but before saving its state never writes one twice; a last line cut off
/// mid-write is dropped (it was never a whole posting, and its id is fetched again).
/// </summary>
public sealed class JsonlPostingSink : IPostingSink
{
    private readonly HashSet<(string Source, string Id)> _present = [];
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;
    private int _written;
    private int _duplicates;

    public JsonlPostingSink(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        DroppedPartialLine = TruncatePartialLine(_stream);
        ReadPresent();
        _stream.Seek(0, SeekOrigin.End);
        _writer = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
    }

    public string Path { get; }

    /// <summary>Postings the file held before this run.</summary>
    public int PresentAtStart { get; private set; }

    /// <summary>True when the file ended in a cut-off line (an earlier run killed mid-write), which was removed.</summary>
    public bool DroppedPartialLine { get; }

    public bool Contains(string source, string id) => _present.Contains((source, id));

    public bool Add(RawPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (!_present.Add((posting.Source, posting.Id)))
        {
            _duplicates++;
            return false;
        }
        _writer.Write(CanonicalPostingWriter.Line(posting));
        _writer.Write('\n');
        // Each line reaches the OS as soon as it is whole, so a killed run leaves whole lines behind.
        _writer.Flush();
        _written++;
        return true;
    }

    public void Flush()
    {
        _writer.Flush();
        _stream.Flush(flushToDisk: true);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{_written:N0} postings appended to {Path} ({_duplicates:N0} already there; it now holds {PresentAtStart + _written:N0})");

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private static bool TruncatePartialLine(FileStream stream)
    {
        if (stream.Length == 0)
        {
            return false;
        }
        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() == '\n')
        {
            return false;
        }
        // Walk back to the last line end; everything after it is the cut-off line.
        var position = stream.Length - 1;
        var chunk = new byte[4096];
        while (position > 0)
        {
            var start = Math.Max(0, position - chunk.Length);
            var count = (int)(position - start);
            stream.Seek(start, SeekOrigin.Begin);
            stream.ReadExactly(chunk, 0, count);
            var newline = Array.LastIndexOf(chunk, (byte)'\n', count - 1, count);
            if (newline >= 0)
            {
                stream.SetLength(start + newline + 1);
                return true;
            }
            position = start;
        }
        stream.SetLength(0);
        return true;
    }

    private void ReadPresent()
    {
        _stream.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id))
                {
                    var key = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
                    var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : "jsonl";
                    if (key is not null && _present.Add((source ?? "jsonl", key.Trim())))
                    {
                        PresentAtStart++;
                    }
                }
            }
            catch (JsonException)
            {
                // A line someone else wrote badly is ingest's to reject, with its line number; here it only holds no id.
            }
        }
    }
}
