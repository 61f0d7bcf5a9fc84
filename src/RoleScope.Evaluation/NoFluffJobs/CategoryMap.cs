using System.Text.Json;
using RoleScope.Core.Domain;

namespace RoleScope.Evaluation.NoFluffJobs;

/// <summary>One board category and the RoleScope family it stands for (null: no family), with the reason.</summary>
public sealed record CategoryMapping(string Category, RoleFamily? Family, string Reason);

/// <summary>The NoFluffJobs category-to-family mapping of Data/nofluffjobs-categories.json.</summary>
public sealed class CategoryMap
{
    private const string ResourceName = "RoleScope.Evaluation.nofluffjobs-categories.json";

    private static readonly Lazy<CategoryMap> LazyDefault = new(() =>
    {
        using var stream = typeof(CategoryMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in RoleScope.Evaluation.");
        return Parse(stream);
    });

    private readonly Dictionary<string, CategoryMapping> _byCategory;

    public CategoryMap(IEnumerable<CategoryMapping> mappings)
    {
        _byCategory = new Dictionary<string, CategoryMapping>(StringComparer.Ordinal);
        foreach (var m in mappings)
        {
            if (!_byCategory.TryAdd(m.Category, m))
            {
                throw new InvalidDataException($"category '{m.Category}' is mapped twice.");
            }
        }
    }

    /// <summary>The mapping shipped with this build.</summary>
    public static CategoryMap Default => LazyDefault.Value;

    public IReadOnlyCollection<CategoryMapping> Mappings => _byCategory.Values;

    /// <summary>The family of a category; false for a category that maps to no family or that the file does not list.</summary>
    public bool TryGetFamily(string? category, out RoleFamily family)
    {
        if (category is not null && _byCategory.TryGetValue(category, out var m) && m.Family is { } f)
        {
            family = f;
            return true;
        }
        family = RoleFamily.Other;
        return false;
    }

    public bool IsListed(string? category) => category is not null && _byCategory.ContainsKey(category);

    /// <summary>Reads the mapping file; every entry needs a category, a reason, and a family that is null or a vocabulary value.</summary>
    public static CategoryMap Parse(Stream stream)
    {
        using var doc = JsonDocument.Parse(stream);
        if (!doc.RootElement.TryGetProperty("categories", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("the category map has no 'categories' list.");
        }
        var mappings = new List<CategoryMapping>();
        foreach (var item in list.EnumerateArray())
        {
            var category = Text(item, "category") ?? throw new InvalidDataException("a category entry has no 'category'.");
            var reason = Text(item, "reason") ?? throw new InvalidDataException($"category '{category}' has no reason.");
            RoleFamily? family = null;
            if (item.TryGetProperty("family", out var f) && f.ValueKind != JsonValueKind.Null)
            {
                family = StrictVocabulary.TryFamily(f.GetString(), out var parsed)
                    ? parsed
                    : throw new InvalidDataException($"category '{category}' maps to '{f}', which is not a family of extraction.md.");
            }
            mappings.Add(new CategoryMapping(category, family, reason));
        }
        return new CategoryMap(mappings);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
