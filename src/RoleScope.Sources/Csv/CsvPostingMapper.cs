using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Sources.Csv;

/// <summary>Turns one CSV row into a <see cref="RawPosting"/> through the header's <see cref="CsvColumns"/>.</summary>
internal static class CsvPostingMapper
{
    public const string DefaultSource = "csv";

    public static MapResult Map(CsvColumns columns, IReadOnlyList<string> row)
    {
        try
        {
            var id = Id(columns, row);
            var title = columns.Trimmed(row, CsvField.Title);
            var description = columns.Value(row, CsvField.Description);
            if (string.IsNullOrWhiteSpace(description) && title is null)
            {
                return MapResult.Fail("missing description and title");
            }
            return MapResult.Ok(new RawPosting
            {
                Id = id,
                Source = columns.Trimmed(row, CsvField.Source) ?? DefaultSource,
                Url = columns.Trimmed(row, CsvField.Url),
                Title = title,
                Company = columns.Trimmed(row, CsvField.Company),
                Location = columns.Trimmed(row, CsvField.Location),
                Description = string.IsNullOrWhiteSpace(description) ? "" : description,
                PostedAt = PostedAt(columns, row),
                Salary = Salary(columns, row),
                Labels = Labels(columns, row),
            });
        }
        catch (InvalidRecordException e)
        {
            return MapResult.Fail(e.Message);
        }
    }

    /// <summary>
    /// Without an id column the id is a hash of the row, so that reading the same file again gives the same ids
    /// (re-ingesting stores nothing new) and exact duplicate rows get the same id.
    /// </summary>
    public static string RowId(IReadOnlyList<string> row)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', row)));
        return "csv-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static string Id(CsvColumns columns, IReadOnlyList<string> row)
    {
        if (!columns.Has(CsvField.Id))
        {
            return RowId(row);
        }
        return columns.Trimmed(row, CsvField.Id) ?? throw new InvalidRecordException("missing id");
    }

    private static DateOnly? PostedAt(CsvColumns columns, IReadOnlyList<string> row)
    {
        var text = columns.Trimmed(row, CsvField.PostedAt);
        if (text is null)
        {
            return null;
        }
        return PostedDates.TryParse(text, out var date)
            ? date
            : throw new InvalidRecordException($"{columns.NameOf(CsvField.PostedAt)} is not an ISO date or date-time");
    }

    private static StatedSalary? Salary(CsvColumns columns, IReadOnlyList<string> row)
    {
        var min = Number(columns, row, CsvField.SalaryMin);
        var max = Number(columns, row, CsvField.SalaryMax);
        var currency = columns.Trimmed(row, CsvField.Currency)?.ToUpperInvariant();
        var periodText = columns.Trimmed(row, CsvField.Period);
        PayPeriod? period = null;
        if (periodText is not null)
        {
            period = Vocabulary.TryParsePeriod(periodText, out var p)
                ? p
                : throw new InvalidRecordException($"{columns.NameOf(CsvField.Period)} is not one of hour, day, week, month, year");
        }
        return min is null && max is null && currency is null && period is null ? null : new StatedSalary(min, max, currency, period);
    }

    private static decimal? Number(CsvColumns columns, IReadOnlyList<string> row, CsvField field)
    {
        var text = columns.Trimmed(row, field);
        if (text is null)
        {
            return null;
        }
        // Invariant digits with an optional "." and "," thousands separators ("150,000"), as CSV exports write them.
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidRecordException($"{columns.NameOf(field)} is not a number");
    }

    /// <summary>Columns the posting has no field for (e.g. an employer's seniority) are labels: ground truth, never read by extraction.</summary>
    private static Dictionary<string, string>? Labels(CsvColumns columns, IReadOnlyList<string> row)
    {
        Dictionary<string, string>? labels = null;
        foreach (var (index, name) in columns.Labels)
        {
            if (!string.IsNullOrWhiteSpace(row[index]))
            {
                labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
                labels.TryAdd(name, row[index].Trim());
            }
        }
        return labels;
    }
}
