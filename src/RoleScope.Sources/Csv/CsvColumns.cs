using System.Collections.Frozen;
using System.Text;

namespace RoleScope.Sources.Csv;

/// <summary>
/// Which column of a header fills which posting field. Names are matched case-insensitively after trimming, with spaces
/// and hyphens read as underscores; the first name of a field's list that is present wins. Every other column is a label.
/// </summary>
internal sealed class CsvColumns
{
    private static readonly (CsvField Field, string[] Names)[] Aliases =
    [
        (CsvField.Id, ["id", "job_id"]),
        (CsvField.Source, ["source"]),
        (CsvField.Url, ["url", "link"]),
        (CsvField.Title, ["title", "position", "job_title", "name"]),
        (CsvField.Company, ["company", "employer"]),
        (CsvField.Location, ["location", "city"]),
        (CsvField.Description, ["description", "body", "text"]),
        (CsvField.PostedAt, ["posted_at", "date", "created_at"]),
        (CsvField.SalaryMin, ["salary_min", "salary_lower", "min_salary"]),
        (CsvField.SalaryMax, ["salary_max", "salary_upper", "max_salary"]),
        (CsvField.Currency, ["currency", "salary_currency"]),
        (CsvField.Period, ["salary_period", "period"]),
    ];

    private readonly FrozenDictionary<CsvField, int> _fields;

    private CsvColumns(int count, IReadOnlyList<string> names, FrozenDictionary<CsvField, int> fields, IReadOnlyList<(int Index, string Name)> labels)
    {
        Count = count;
        Names = names;
        _fields = fields;
        Labels = labels;
    }

    /// <summary>How many fields every record must have.</summary>
    public int Count { get; }

    /// <summary>The header's names, normalised (e.g. "Salary Min" -> "salary_min").</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Columns kept as labels, with their normalised names.</summary>
    public IReadOnlyList<(int Index, string Name)> Labels { get; }

    public static CsvColumns FromHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalise).ToArray();
        var fields = new Dictionary<CsvField, int>();
        foreach (var (field, aliases) in Aliases)
        {
            foreach (var alias in aliases)
            {
                var index = Array.IndexOf(names, alias);
                if (index >= 0)
                {
                    fields[field] = index;
                    break;
                }
            }
        }
        var used = fields.Values.ToHashSet();
        var labels = names.Select((name, index) => (index, name))
            .Where(c => !used.Contains(c.index) && c.name.Length > 0)
            .ToArray();
        return new CsvColumns(names.Length, names, fields.ToFrozenDictionary(), labels);
    }

    public bool Has(CsvField field) => _fields.ContainsKey(field);

    /// <summary>The column's name in the header, for reasons such as "salary_lower is not a number".</summary>
    public string NameOf(CsvField field) => Names[_fields[field]];

    /// <summary>The field's value as written, or null when the header has no such column.</summary>
    public string? Value(IReadOnlyList<string> row, CsvField field) => _fields.TryGetValue(field, out var index) ? row[index] : null;

    /// <summary>The field's value trimmed; null when absent or blank.</summary>
    public string? Trimmed(IReadOnlyList<string> row, CsvField field) =>
        Value(row, field) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Normalise(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim().Trim('\uFEFF').Trim())
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                if (text.Length > 0 && text[^1] != '_')
                {
                    text.Append('_');
                }
            }
            else
            {
                text.Append(char.ToLowerInvariant(c));
            }
        }
        return text.ToString();
    }
}
