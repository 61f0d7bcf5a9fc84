namespace RoleScope.Core.Knowledge;

/// <summary>Countries, US states, Canadian provinces, tech cities and regions (places.json).</summary>
public sealed class PlaceTable
{
    private PlaceTable(PlacesFile file)
    {
        About = file.About ?? new KnowledgeAbout(null, null, null, null, null);
        Countries = file.Countries ?? throw new InvalidDataException("places.json has no 'countries'.");
        UsStates = file.UsStates ?? [];
        CaProvinces = file.CaProvinces ?? [];
        Cities = file.Cities ?? [];
        Regions = file.Regions ?? [];
        CountryCodes = Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var city in Cities)
        {
            if (!CountryCodes.Contains(city.Country))
            {
                throw new InvalidDataException($"places.json: city '{city.Name}' names unknown country '{city.Country}'.");
            }
        }
    }

    public KnowledgeAbout About { get; }
    public IReadOnlyList<CountryEntry> Countries { get; }
    public IReadOnlyList<SubdivisionEntry> UsStates { get; }
    public IReadOnlyList<SubdivisionEntry> CaProvinces { get; }
    public IReadOnlyList<CityEntry> Cities { get; }
    public IReadOnlyList<RegionEntry> Regions { get; }
    public IReadOnlySet<string> CountryCodes { get; }

    public static PlaceTable Load() => new(KnowledgeResources.Load<PlacesFile>("places.json"));

    private sealed record PlacesFile(
        KnowledgeAbout? About,
        IReadOnlyList<CountryEntry>? Countries,
        IReadOnlyList<SubdivisionEntry>? UsStates,
        IReadOnlyList<SubdivisionEntry>? CaProvinces,
        IReadOnlyList<CityEntry>? Cities,
        IReadOnlyList<RegionEntry>? Regions);
}

public sealed record CountryEntry(string Code, string Name, IReadOnlyList<string>? Aliases);

public sealed record SubdivisionEntry(string Code, string Name);

public sealed record CityEntry(string Name, string Country, IReadOnlyList<string>? Aliases);

public sealed record RegionEntry(string Name, IReadOnlyList<string>? Aliases);
