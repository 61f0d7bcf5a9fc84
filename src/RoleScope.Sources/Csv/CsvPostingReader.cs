namespace RoleScope.Sources.Csv;

/// <summary>Reads postings from CSV with a header row; a bad record becomes a reject and reading goes on.</summary>
internal static class CsvPostingReader
{
    public static IEnumerable<SourceRecord> Read(TextReader reader, string file)
    {
        CsvColumns? columns = null;
        foreach (var record in new CsvTokenizer(reader).Records())
        {
            if (record.Error is { } error)
            {
                yield return Rejects.Create(file, record.Line, error, record.RawText);
            }
            else if (columns is null)
            {
                columns = CsvColumns.FromHeader(record.Fields);
            }
            else if (record.Fields.Count != columns.Count)
            {
                yield return Rejects.Create(file, record.Line, $"expected {columns.Count} fields, found {record.Fields.Count}", record.RawText);
            }
            else
            {
                yield return CsvPostingMapper.Map(columns, record.Fields).ToRecord(file, record.Line, record.RawText);
            }
        }
    }
}
