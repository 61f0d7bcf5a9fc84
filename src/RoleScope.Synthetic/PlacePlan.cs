using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>Which countries a remote posting is open to: its own, the EU as a whole, or the US and Canada.</summary>
internal enum RemoteScope
{
    None,
    Country,
    Eu,
    UsCanada,
}

/// <summary>Where a posting's job is and how it is worked; <see cref="City"/> is named unless the job is remote.</summary>
internal sealed record PlacePlan(Country Country, City City, WorkMode Mode, RemoteScope Scope)
{
    // Remote 28%, hybrid 25%, onsite 41%, and 6% that say nothing (a city alone is not onsite).
    private static readonly WeightedTable<WorkMode> Modes = new(
        [(WorkMode.Remote, 28), (WorkMode.Hybrid, 25), (WorkMode.Onsite, 41), (WorkMode.Unknown, 6)]);

    private static readonly ImmutableArray<string> UsRemote = ["Remote (US)", "Remote - US", "Remote (US only)", "United States (Remote)", "Remote, USA"];
    private static readonly ImmutableArray<string> EuRemote = ["Remote (EU)", "Remote - EU", "Remote (EU time zones)"];
    private static readonly ImmutableArray<string> UsCanadaRemote = ["Remote (US or Canada)", "Remote (US/Canada)"];

    /// <summary>Most postings are in the company's home country and city; the rest anywhere.</summary>
    public static PlacePlan Pick(Random rng, Country homeCountry, City homeCity)
    {
        var mode = Modes.Pick(rng);
        Country country;
        City city;
        if (rng.Chance(0.7))
        {
            country = homeCountry;
            city = rng.Chance(0.8) ? homeCity : homeCountry.CityTable.Pick(rng);
        }
        else
        {
            country = Places.Countries.Pick(rng);
            city = country.CityTable.Pick(rng);
        }
        var scope = RemoteScope.None;
        if (mode == WorkMode.Remote)
        {
            scope = country.InEu && rng.Chance(0.2) ? RemoteScope.Eu
                : country.IsUs && rng.Chance(0.07) ? RemoteScope.UsCanada
                : RemoteScope.Country;
        }
        return new(country, city, mode, scope);
    }

    /// <summary>ISO codes of the countries the job may be done in, sorted and comma-separated ("" for EU-wide).</summary>
    public string CountriesLabel => Scope switch
    {
        RemoteScope.Eu => "",
        RemoteScope.UsCanada => "CA,US",
        _ => Country.Code,
    };

    /// <summary>"the US", "Germany", "the EU": completes "anywhere in ...".</summary>
    public string InPhrase => Scope switch
    {
        RemoteScope.Eu => "the EU",
        RemoteScope.UsCanada => "the US or Canada",
        _ => Country.InPhrase,
    };

    /// <summary>"US", "Germany", "EU": fits "Remote (... only)".</summary>
    public string ScopeShort => Scope switch
    {
        RemoteScope.Eu => "EU",
        RemoteScope.UsCanada => "US/Canada",
        _ => Country.Short,
    };

    /// <summary>The location field of the posting as a job board would fill it.</summary>
    public string LocationField(Random rng)
    {
        if (Mode == WorkMode.Remote)
        {
            return Scope switch
            {
                RemoteScope.Eu => rng.Pick(EuRemote),
                RemoteScope.UsCanada => rng.Pick(UsCanadaRemote),
                _ when Country.IsUs => rng.Pick(UsRemote),
                _ => rng.Next(3) switch
                {
                    0 => $"Remote ({Country.Short})",
                    1 => $"Remote - {Country.Name}",
                    _ => $"{Country.Name} (Remote)",
                },
            };
        }
        var label = Country.CityLabel(City, rng.Chance(0.2));
        return Mode switch
        {
            WorkMode.Hybrid when rng.Chance(0.15) => label + " (Hybrid)",
            WorkMode.Onsite when rng.Chance(0.15) => label + " (On-site)",
            _ => label,
        };
    }
}
