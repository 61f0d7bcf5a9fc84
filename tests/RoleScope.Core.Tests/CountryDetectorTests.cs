using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

public sealed class CountryDetectorTests
{
    private static readonly CountryDetector Detector = new(KnowledgeBase.Default.Places);

    private const string Body = "\nWe build scheduling software for clinics and care homes.";

    private static IReadOnlyList<string> Countries(string hnText) => TestPostings.Extract(TestPostings.Hn(hnText)).Countries;

    [Theory]
    [InlineData("Acme | Backend Engineer | Berlin, Germany | Full-time", "DE")]
    [InlineData("Acme | Backend Engineer | Austin, TX", "US")]
    [InlineData("Acme | Backend Engineer | Remote (US)", "US")]
    [InlineData("Acme | Backend Engineer\nWe build tools for clinics.\nThis is full time remote, but only hiring from EMEA to the East Coast of the US.", "US")]
    [InlineData("Acme | Backend Engineer | London", "GB")]
    [InlineData("Acme | Backend Engineer | Toronto, ON", "CA")]
    [InlineData("Acme | Backend Engineer | Remote in Texas", "US")]
    [InlineData("Acme | Backend Engineer | Denver, Colorado", "US")]
    [InlineData("Acme | Backend Engineer | Bay Area", "US")]
    [InlineData("Acme | Backend Engineer | NYC", "US")]
    [InlineData("Acme | Backend Engineer | Remote (USA, UK)", "GB", "US")]
    [InlineData("Acme | Backend Engineer | NYC or London or Berlin", "DE", "GB", "US")]
    [InlineData("Acme | Engineer | San Francisco, CA; Remote (Canada)", "CA", "US")]
    [InlineData("Acme | Engineer | ONSITE in Tel Aviv", "IL")]
    // After a country a code names another country, not a state: "US/CA" is the US and Canada.
    [InlineData("Acme | Engineer | Remote (US/CA)", "CA", "US")]
    [InlineData("Acme | Engineer | REMOTE (US, CA, MX)", "CA", "MX", "US")]
    [InlineData("Acme | Engineer | Remote (must be Australia, NZ, or UK resident)", "AU", "GB", "NZ")]
    [InlineData("Acme | Engineer | Los Angeles, CA", "US")]
    public void Reads_countries_states_and_cities_from_the_header(string header, params string[] expected)
    {
        Assert.Equal(expected, Countries(header + Body));
    }

    [Theory]
    [InlineData("Acme | Backend Engineer | Remote (EU)")]
    [InlineData("Acme | Backend Engineer | Remote, worldwide")]
    [InlineData("Acme | Backend Engineer | Remote (EMEA)")]
    [InlineData("Acme | Backend Engineer | Anywhere in the world")]
    [InlineData("Acme | Backend Engineer | Remote (LATAM)")]
    public void Regions_add_no_country(string header)
    {
        Assert.Empty(Countries(header + Body));
    }

    [Theory]
    [InlineData("Acme | Engineer | Cambridge, UK", "GB")]
    [InlineData("Acme | Engineer | Cambridge, MA", "US")]
    [InlineData("Acme | Engineer | London, ON", "CA")]
    [InlineData("Acme | Engineer | Paris, TX", "US")]
    [InlineData("Acme | Engineer | Vancouver, WA", "US")]
    [InlineData("Acme | Engineer | Vancouver, BC", "CA")]
    [InlineData("Acme | Engineer | Berlin, DE", "DE")]
    [InlineData("Acme | Engineer | Amsterdam, NL", "NL")]
    [InlineData("Acme | Engineer | Madison, WI", "US")]
    [InlineData("Acme | Engineer | Budapest, London, NY, Tallinn", "EE", "GB", "HU", "US")]
    [InlineData("Acme | Engineer | Hybrid - Leiden (NL) or Cambridge (UK)", "GB", "NL")]
    public void A_qualifier_after_a_city_decides_its_country(string header, params string[] expected)
    {
        Assert.Equal(expected, Countries(header + Body));
    }

    [Theory]
    [InlineData("Acme | Engineer | London, Ontario\nYou will work from our London office.", "CA")]
    [InlineData("Acme | Engineer | Birmingham, Alabama\nThe Birmingham team ships weekly.", "US")]
    [InlineData("Acme | Engineer | Vancouver, Washington\nOur Vancouver office is by the river.", "US")]
    public void A_city_keeps_its_qualifier_everywhere_in_the_posting(string text, params string[] expected)
    {
        Assert.Equal(expected, Countries(text));
    }

    [Theory]
    [InlineData("Acme | Engineer | Remote (US)\nWe serve users across Mexico and Brazil.", "US")]
    [InlineData("Acme | Engineer | Onsite in Berlin\nThe whole team meets in Lisbon twice a year.", "DE")]
    [InlineData("Acme | Engineer | Remote (Canada)\nOur clients in Germany include large banks.", "CA")]
    public void Places_of_customers_and_meetups_are_not_job_places(string text, params string[] expected)
    {
        Assert.Equal(expected, Countries(text));
    }

    [Theory]
    [InlineData("Acme | Engineer | Remote (US)\nWe sell to customers in Japan and Brazil.", "US")]
    [InlineData("Acme | Engineer | Onsite in Austin, TX\nOur customers in Germany love the product.", "US")]
    [InlineData("Acme | Engineer | Berlin\nWe serve large enterprises (mostly in Japan and Korea).", "DE")]
    [InlineData("Acme | Engineer | Remote (EU)\nOver 80% of doctors in Canada use our app.", "")]
    [InlineData("Acme | Engineer | Remote (EU)\nOur app is available in the US, Canada, the UK and a few others.", "")]
    [InlineData("Acme | Engineer | Remote (EU)\n24/7 rotation shared with our team in Singapore.", "")]
    // A company's seat is not where the job is done.
    [InlineData("Acme | Engineer | Remote\nJoin a development partnership with a US-based fintech client.", "")]
    [InlineData("Acme | Engineer | Remote\nOur customers' Boston offices run on our product.", "")]
    [InlineData("Acme | Engineer | Remote\nThe rest of the team you'd work with lives mostly in EU, US.", "")]
    // Two capitals after a comma name a state only after a place or a name-like word, and never inside a skill's name.
    [InlineData("Acme | Engineer | Remote\nStack: GCP, MS SQL Server, C#", "")]
    [InlineData("Acme | Engineer | Remote\nMicrosoft stack: Azure, MS SQL, C#", "")]
    [InlineData("Acme | Engineer | Remote\nExperience from building self-driving vehicles, AR, ML, customer products.", "")]
    public void Countries_merely_mentioned_in_the_body_add_nothing(string text, string expected)
    {
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), Countries(text));
    }

    [Theory]
    [InlineData("Acme | Engineer | Onsite\nWe have offices in Berlin, London and New York.", "DE", "GB", "US")]
    [InlineData("Acme | Engineer | Remote\nCandidates must be located in the US or Canada.", "CA", "US")]
    [InlineData("Acme | Engineer | Onsite\nHeadquartered in Paris with offices in Lyon, London, Berlin, New York, Singapore, Lisbon and Seoul.", "DE", "FR", "GB", "KR", "PT", "SG", "US")]
    [InlineData("Acme | Several roles\n- Backend Engineer (Portugal/Remote)\n- iOS Engineer (Portugal/Remote)", "PT")]
    [InlineData("Acme | Several roles\n- Cloud Developer (web services and AWS ops, US only)", "US")]
    // A cue after the place: an office, an area, a hire based there; and applicants.
    [InlineData("Acme | Engineers | Remote\nWork remotely, out of our Tel Aviv office, or a hybrid.", "IL")]
    [InlineData("Acme | Engineers\nWe are hiring for our Cyprus office, remote or onsite.", "CY")]
    [InlineData("Acme | Several roles\n- UK-based Full Stack Engineer: https://example.com/1", "GB")]
    [InlineData("Acme | Engineers\nWe are open to any applicant who lives in the US.", "US")]
    // The team or hub the hire joins, positions available in a place, a "Where:" label.
    [InlineData("Acme | Engineers\nYou'll join our team in Toronto.", "CA")]
    [InlineData("Acme | Engineers\nOur engineering hub in Kraków is growing.", "PL")]
    [InlineData("Acme | Engineers\nPositions available in Lisbon.", "PT")]
    [InlineData("Acme | Engineers\nWhere: Berlin (hybrid)", "DE")]
    // The place labels, office words and work-mode words of European boards; Polish cities in the locative after "w".
    [InlineData("Acme | Engineers\nArbeitsort: München. Homeoffice möglich.", "DE")]
    [InlineData("Acme | Engineers\nStandort: Hamburg", "DE")]
    [InlineData("Acme | Engineers\nLokalizacja: Warszawa", "PL")]
    [InlineData("Acme | Engineers\nPraca hybrydowa (2 dni w biurze w Krakowie).", "PL")]
    [InlineData("Acme | Engineers\nTélétravail occasionnel, bureaux à Paris.", "FR")]
    [InlineData("Acme | Engineers\nModalidad: Presencial en Madrid.", "ES")]
    [InlineData("Acme | Engineers\nPoste basé à Lyon, sur site.", "FR")]
    [InlineData("Acme | Engineers\nThuiswerken 2 dagen per week, kantoor in Utrecht.", "NL")]
    public void Countries_the_body_states_as_job_locations_count(string text, params string[] expected)
    {
        Assert.Equal(expected, Countries(text));
    }

    [Theory]
    // How the job is done there, right after the place (the places of a list before it too).
    [InlineData("Amsterdam, hybrid. We build payments software.", "NL")]
    [InlineData("London (hybrid). We build payments software.", "GB")]
    [InlineData("Melbourne, VIC - Hybrid", "AU")]
    [InlineData("Berlin or remote (EU). We build payments software.", "DE")]
    [InlineData("Bangalore / Hyderabad (Hybrid)", "IN")]
    // In the boards' languages.
    [InlineData("Salary: 8 000 - 12 000 zł brutto miesięcznie. Kraków, hybrydowo.", "PL")]
    [InlineData("Warszawa, zdalnie lub w biurze.", "PL")]
    [InlineData("Madrid (presencial). Salario competitivo.", "ES")]
    [InlineData("Lyon, télétravail partiel.", "FR")]
    // A place alone on its line, as boards print the location.
    [InlineData("We build payments software.\nSingapore\nFull-time", "SG")]
    [InlineData("We build payments software.\n- Sydney NSW\nFull-time", "AU")]
    [InlineData("Join us in Lisbon!", "PT")]
    // Or a sentence of its own.
    [InlineData("CTC: 12 LPA to 16 LPA. Bangalore. Experience: 3-5 years.", "IN")]
    [InlineData("Founded in 2019. Berlin, Germany. Series A.", "DE")]
    [InlineData("We love Berlin. Our office is small.", "")]
    [InlineData("Acme Corp. Berlin-based fintech.", "")]
    // Not where the job is: customers there, or a place inside a sentence.
    [InlineData("We build payments software for customers in Dubai, onsite support included.", "")]
    [InlineData("We build payments software.\nSingapore is our biggest market.", "")]
    public void A_place_followed_by_the_work_mode_or_alone_on_its_line_is_where_the_job_is(string description, string expected)
    {
        var record = TestPostings.Extract(TestPostings.Titled("Software Engineer", description));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), record.Countries);
    }

    [Fact]
    public void Title_posts_read_the_location_field_and_located_body_text()
    {
        var fromField = TestPostings.Extract(TestPostings.Titled("Backend Engineer", "We build things.", location: "Paris, France"));
        var fromBody = TestPostings.Extract(TestPostings.Titled("Backend Engineer", "We are a small team. Our office is in Amsterdam."));

        Assert.Equal(["FR"], fromField.Countries);
        Assert.Equal(["NL"], fromBody.Countries);
    }

    [Fact]
    public void Codes_are_sorted_and_distinct()
    {
        var countries = Countries("Acme | Engineer | Zurich, Berlin, Austin, TX, Munich, Seattle, Basel" + Body);

        Assert.Equal(["CH", "DE", "US"], countries);
    }

    [Fact]
    public void Every_detected_span_is_a_place_name_or_a_state_code()
    {
        var posting = PostingText.From(TestPostings.Hn("Acme | Engineer | Remote (US) or Onsite in Toronto, ON\nOffices in Berlin and Paris."));

        var found = Detector.Detect(posting, Tokenizer.Tokenize(posting.Text));

        Assert.Equal(
            [("US", "US"), ("CA", "Toronto"), ("CA", "ON"), ("DE", "Berlin"), ("FR", "Paris")],
            found.Select(f => (f.Country, posting.Text[f.Start..f.End])));
    }
}
