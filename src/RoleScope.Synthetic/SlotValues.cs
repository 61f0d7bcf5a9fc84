using System.Text;

namespace RoleScope.Synthetic;

/// <summary>
/// The values a template's {slots} take for the posting being written. One instance per generator run, refilled for
/// each posting; an unknown slot name throws so that a typo in a template cannot pass unnoticed.
/// </summary>
internal sealed class SlotValues
{
    private readonly StringBuilder expanded = new(256);

    public string Company { get; set; } = "";
    public string Title { get; set; } = "";
    public string Team { get; set; } = "";
    public string Product { get; set; } = "";
    public string Customers { get; set; } = "";
    public string Things { get; set; } = "";
    public string City { get; set; } = "";
    public string CityFull { get; set; } = "";
    public string InCountry { get; set; } = "";
    public string ScopeShort { get; set; } = "";
    public string Days { get; set; } = "";
    public string Area { get; set; } = "";
    public string Url { get; set; } = "";
    public string Email { get; set; } = "";
    public string Pay { get; set; } = "";
    public string Size { get; set; } = "";
    public string Founded { get; set; } = "";

    public string Resolve(ReadOnlySpan<char> name) => name switch
    {
        "company" => Company,
        "title" => Title,
        "a_title" => WithArticle(Title),
        "team" => Team,
        "product" => Product,
        "customers" => Customers,
        "things" => Things,
        "city" => City,
        "city_full" => CityFull,
        "in_country" => InCountry,
        "scope_short" => ScopeShort,
        "days" => Days,
        "area" => Area,
        "url" => Url,
        "email" => Email,
        "pay" => Pay,
        "size" => Size,
        "founded" => Founded,
        _ => throw new InvalidOperationException($"Unknown template slot '{name}'."),
    };

    /// <summary>The template with its slots filled, as plain text.</summary>
    public string Expand(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }
        expanded.Clear();
        var rest = template.AsSpan();
        while (TemplateScanner.Next(ref rest, out var literal, out var slot))
        {
            expanded.Append(literal);
            if (!slot.IsEmpty)
            {
                expanded.Append(Resolve(slot));
            }
        }
        return expanded.ToString();
    }

    /// <summary>"a Senior Backend Engineer", "an Engineering Manager", "an SRE", "a UX Designer".</summary>
    public static string WithArticle(string noun)
    {
        if (noun.Length == 0)
        {
            return noun;
        }
        var an = noun.StartsWith("SRE", StringComparison.Ordinal) || noun.StartsWith("SDET", StringComparison.Ordinal)
            || noun.StartsWith("ML ", StringComparison.Ordinal) || noun.StartsWith("LLM", StringComparison.Ordinal)
            || noun.StartsWith("FPGA", StringComparison.Ordinal) || noun.StartsWith("NLP", StringComparison.Ordinal)
            || (noun[0] is 'A' or 'E' or 'I' or 'O' or 'U' or 'i' && !noun.StartsWith("U", StringComparison.Ordinal));
        return (an ? "an " : "a ") + noun;
    }
}

/// <summary>Splits "text {slot} text" into literal runs and slot names without allocating.</summary>
internal static class TemplateScanner
{
    /// <summary>Takes the next literal run and the slot after it (empty at the end); false when nothing is left.</summary>
    public static bool Next(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> literal, out ReadOnlySpan<char> slot)
    {
        if (rest.IsEmpty)
        {
            literal = default;
            slot = default;
            return false;
        }
        var open = rest.IndexOf('{');
        if (open < 0)
        {
            literal = rest;
            slot = default;
            rest = default;
            return true;
        }
        var close = rest[open..].IndexOf('}');
        if (close < 0)
        {
            throw new FormatException($"Unclosed slot in template '{rest}'.");
        }
        literal = rest[..open];
        slot = rest.Slice(open + 1, close - 1);
        rest = rest[(open + close + 1)..];
        return true;
    }
}
