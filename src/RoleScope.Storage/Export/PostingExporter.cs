using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet;
using Parquet.Serialization;

namespace RoleScope.Storage.Export;

/// <summary>The formats of <c>rolescope export</c>.</summary>
public enum ExportFormat
{
    Jsonl,
    Csv,
    Parquet,
}

/// <summary>Writes the store's postings (near-duplicates left out) as JSON lines, CSV or Parquet.</summary>
public static class PostingExporter
{
    /// <summary>Rows per Parquet row group: large enough for columnar compression, small enough to hold in memory.</summary>
    public const int ParquetRowGroup = 100_000;

    /// <summary>Separates list items in a CSV cell (skill and country names never hold it).</summary>
    public const char CsvListSeparator = '|';

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] CsvHeader =
        ["source", "id", "posted_at", "title", "company", "work_mode", "role_families", "role_seniorities", "countries", "skills", "salary_mid_usd"];

    /// <summary>Writes every posting of <paramref name="store"/> to <paramref name="path"/>; returns how many.</summary>
    public static async Task<long> ExportAsync(IPostingStore store, ExportFormat format, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = store.ReadAll().Select(ExportRow.From);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        // ReadWrite: appending a Parquet row group reads the footer written so far.
        // Written beside the target and moved over it at the end, so a failed export never leaves half a file under the name.
        var partial = path + ".partial";
        long count;
        await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
        {
            count = format switch
            {
                ExportFormat.Jsonl => await WriteJsonLines(rows, stream, cancellationToken).ConfigureAwait(false),
                ExportFormat.Csv => await WriteCsv(rows, stream, cancellationToken).ConfigureAwait(false),
                ExportFormat.Parquet => await WriteParquet(rows, stream, cancellationToken).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
            };
        }
        File.Move(partial, path, overwrite: true);
        return count;
    }

    private static async Task<long> WriteJsonLines(IEnumerable<ExportRow> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        long count = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(JsonSerializer.Serialize(row, JsonOptions)).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    private static async Task<long> WriteCsv(IEnumerable<ExportRow> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        await writer.WriteLineAsync(string.Join(',', CsvHeader)).ConfigureAwait(false);
        long count = 0;
        var sep = CsvListSeparator.ToString();
        foreach (var r in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string?[] cells =
            [
                r.Source, r.Id, r.PostedAt, r.Title, r.Company, r.WorkMode,
                string.Join(sep, r.RoleFamilies), string.Join(sep, r.RoleSeniorities), string.Join(sep, r.Countries), string.Join(sep, r.Skills),
                r.SalaryMidUsd?.ToString("R", CultureInfo.InvariantCulture),
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Quote))).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quote(string? cell) =>
        cell is null ? "" : cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<long> WriteParquet(IEnumerable<ExportRow> rows, Stream stream, CancellationToken cancellationToken)
    {
        long count = 0;
        var append = false;
        foreach (var group in rows.Chunk(ParquetRowGroup))
        {
            await ParquetSerializer.SerializeAsync(group, stream, new ParquetOptions { Append = append }, cancellationToken: cancellationToken).ConfigureAwait(false);
            append = true;
            count += group.Length;
        }
        if (!append)
        {
            await ParquetSerializer.SerializeAsync(Array.Empty<ExportRow>(), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return count;
    }
}
