using System.Text;
using RoleScope.Sources.Csv;
using RoleScope.Sources.Json;
using RoleScope.Sources.Text;

namespace RoleScope.Sources;

/// <summary>
/// Reads postings from the inputs of <c>rolescope extract</c>/<c>ingest</c> (extraction.md, "Command line"): canonical
/// JSON lines, Hacker News items (one a line, an array, or wrapped) and CSV. Every record read yields a
/// <see cref="ReadPosting"/> or a <see cref="RejectedRecord"/>; nothing is dropped silently.
/// </summary>
public static class PostingReaders
{
    /// <summary>
    /// Streams the records of a file. <see cref="InputFormat.Auto"/> decides from the extension and content.
    /// Throws <see cref="FileNotFoundException"/> at once when there is no such file.
    /// </summary>
    public static IEnumerable<SourceRecord> ReadFile(string path, InputFormat format = InputFormat.Auto)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new FileNotFoundException($"input is a directory, not a file: {path}", path);
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"input file not found: {path}", path);
        }
        CheckFormat(format);
        return ReadOpenedFile(path, format);
    }

    /// <summary>
    /// Streams the records of a reader (standard input for "-"); <paramref name="name"/> is used in rejects and, with
    /// <see cref="InputFormat.Auto"/>, for its extension. Auto detects from the first non-blank content.
    /// </summary>
    public static IEnumerable<SourceRecord> Read(TextReader reader, string name, InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        CheckFormat(format);
        return ReadCore(reader, name, format);
    }

    /// <summary>
    /// The format of an input from its path and first characters: CSV for a .csv file or a header row; otherwise JSON,
    /// HN items (<c>by</c>, <c>type</c> comment/story/job, <c>hn_id</c>, or a JSON array/wrapper of items) or canonical postings.
    /// Never returns <see cref="InputFormat.Auto"/>.
    /// </summary>
    public static InputFormat Detect(string path, string head)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(head);
        return FormatDetector.Detect(path, head);
    }

    private static IEnumerable<SourceRecord> ReadOpenedFile(string path, InputFormat format)
    {
        var options = new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.SequentialScan };
        using var reader = new StreamReader(path, TextIntegrity.FileEncoding, detectEncodingFromByteOrderMarks: true, options);
        foreach (var record in ReadCore(reader, path, format))
        {
            yield return record;
        }
    }

    private static IEnumerable<SourceRecord> ReadCore(TextReader reader, string name, InputFormat format)
    {
        var head = BoundedText.ReadHead(reader, InputLimits.DetectionHeadChars);
        var input = new ReplayTextReader(head, reader);
        var resolved = format == InputFormat.Auto ? FormatDetector.Detect(name, head) : format;
        var records = resolved switch
        {
            InputFormat.Csv => CsvPostingReader.Read(input, name),
            InputFormat.Hn => JsonPostingReader.Read(input, head, name, HnItemMapper.Map),
            _ => JsonPostingReader.Read(input, head, name, CanonicalPostingMapper.Map),
        };
        foreach (var record in records)
        {
            yield return TextIntegrity.Check(record);
        }
    }

    private static void CheckFormat(InputFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "unknown input format");
        }
    }
}
