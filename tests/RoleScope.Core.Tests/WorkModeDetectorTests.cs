using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;

namespace RoleScope.Core.Tests;

public sealed class WorkModeDetectorTests
{
    [Theory]
    [InlineData("Acme | Backend Engineer | Remote\nWe build payroll tools.", WorkMode.Remote)]
    [InlineData("Acme | Backend Engineer | Remote (US only)\nWe build payroll tools.", WorkMode.Remote)]
    [InlineData("We are a remote-friendly team of twelve.", WorkMode.Remote)]
    [InlineData("Fully remote across Europe.", WorkMode.Remote)]
    [InlineData("Remote-first company, work from anywhere.", WorkMode.Remote)]
    [InlineData("We are distributed-first and async.", WorkMode.Remote)]
    [InlineData("WFH is the default here.", WorkMode.Remote)]
    [InlineData("REMOTE", WorkMode.Remote)]
    [InlineData("Hybrid in Berlin.", WorkMode.Hybrid)]
    [InlineData("Hybrid, 3 days in office per week.", WorkMode.Hybrid)]
    [InlineData("Hybrid (2 days in office).", WorkMode.Hybrid)]
    [InlineData("2 days remote per week, the rest in the office.", WorkMode.Hybrid)]
    [InlineData("We are in the office three days a week.", WorkMode.Hybrid)]
    [InlineData("Must be able to work in the office 4 days/week.", WorkMode.Hybrid)]
    [InlineData("Work from home allowed twice a week.", WorkMode.Hybrid)]
    [InlineData("WFH 2 days a week, office in Berlin.", WorkMode.Hybrid)]
    [InlineData("Working from home up to 3 days per week.", WorkMode.Hybrid)]
    [InlineData("OpenRent | London, UK | Full-Time | ONSITE+PART REMOTE | https://example.com", WorkMode.Hybrid)]
    [InlineData("We are a part-remote team with an office in Leeds.", WorkMode.Hybrid)]
    [InlineData("Cambridge, MA | Hybrid schedule (40% WFH/60% ONSITE) | Full-time", WorkMode.Hybrid)]
    [InlineData("Expect about 60% remote work and two office days.", WorkMode.Hybrid)]
    [InlineData("Full-time, 100% remote (US).", WorkMode.Remote)]
    // A share of equity or a decimal is no share of the week, nor is a figure on the line before "Remote".
    [InlineData("Compensation\n$120k – $160k • 0.1% – 0.5%\n\nRemote • United States", WorkMode.Remote)]
    [InlineData("Equity: 0.5%\nRemote (US)", WorkMode.Remote)]
    // Days a week written "3 days/week"; "IRL" is in person; "WFA" is work from anywhere.
    [InlineData("Abbey Labs | Founding Engineer | Onsite (SF, 3 days/week) | Full-Time", WorkMode.Hybrid)]
    [InlineData("Acme | Backend Engineer | SF (IRL) | $150k", WorkMode.Onsite)]
    // "WFO" (work from office), as Indian postings write it.
    [InlineData("Location: Pune (WFO). Kotlin, Java.", WorkMode.Onsite)]
    [InlineData("Acme | Backend Engineer | WFA", WorkMode.Remote)]
    [InlineData("Our girls' coding club meets at the library.", WorkMode.Unknown)]
    // "Hybrid remote" is hybrid; a weekday from home is part remote; remote weeks a year are a perk of an office job.
    [InlineData("BBC | London, UK | hybrid-remote | Elixir & AWS", WorkMode.Hybrid)]
    [InlineData("Work location: Hybrid remote in London", WorkMode.Hybrid)]
    [InlineData("Work arrangement: Onsite (Mon-Thu), Friday WFH.", WorkMode.Hybrid)]
    [InlineData("In the office Monday to Thursday, Fridays remote.", WorkMode.Hybrid)]
    [InlineData("You can work remotely up to 2 weeks per year.", WorkMode.Onsite)]
    // The work-mode words of European boards, read when the English wording says nothing.
    [InlineData("Arbeitsort: Berlin. Homeoffice möglich (2 Tage pro Woche im Büro).", WorkMode.Hybrid)]
    [InlineData("100% Homeoffice, deutschlandweit.", WorkMode.Remote)]
    [InlineData("Kein Homeoffice, Arbeit vor Ort in München.", WorkMode.Onsite)]
    [InlineData("Hybrides Arbeiten: 2 Tage pro Woche im Büro in Köln.", WorkMode.Hybrid)]
    [InlineData("Wir arbeiten 3 Tage die Woche im Buero in Berlin.", WorkMode.Hybrid)]
    [InlineData("Praca zdalna 100%.", WorkMode.Remote)]
    [InlineData("Praca hybrydowa (2 dni w biurze).", WorkMode.Hybrid)]
    [InlineData("Praca stacjonarna w Krakowie.", WorkMode.Onsite)]
    [InlineData("Télétravail complet possible.", WorkMode.Remote)]
    [InlineData("Télétravail occasionnel, bureaux à Paris.", WorkMode.Hybrid)]
    [InlineData("Télétravail non autorisé.", WorkMode.Onsite)]
    [InlineData("Modalidad: 100% remoto.", WorkMode.Remote)]
    [InlineData("Modalidade: Remoto. Salário a combinar.", WorkMode.Remote)]
    [InlineData("Modalidad de trabajo: remoto.", WorkMode.Remote)]
    [InlineData("Localização: São Paulo (remoto).", WorkMode.Remote)]
    [InlineData("Acesso remoto ao servidor via VPN.", WorkMode.Unknown)]
    [InlineData("Modalidad: Presencial en Madrid.", WorkMode.Onsite)]
    [InlineData("Modelo híbrido, 3 dias no escritório.", WorkMode.Hybrid)]
    [InlineData("Thuiswerken 2 dagen per week.", WorkMode.Hybrid)]
    [InlineData("Je werkt volledig op afstand.", WorkMode.Remote)]
    [InlineData("Sviluppatore backend, lavoro da remoto.", WorkMode.Remote)]
    // English "home office" is no work mode; English wording outranks the foreign one.
    [InlineData("We give every engineer a home office stipend.", WorkMode.Unknown)]
    [InlineData("Fully remote. Kein Büro, kein Pendeln.", WorkMode.Remote)]
    [InlineData("Location: Home-based - UK", WorkMode.Remote)]
    [InlineData("Acme | Reverse Engineer | Lorton, VA | Hybrid-majority remote | Full Time", WorkMode.Hybrid)]
    [InlineData("Location: Telecommute", WorkMode.Remote)]
    [InlineData("We provide home-based care services to seniors.", WorkMode.Unknown)]
    [InlineData("Onsite. Benefits include compressed workweeks, part-time work, and telecommuting.", WorkMode.Onsite)]
    [InlineData("Munich, Germany | Multiple Positions | Hybrid (Onsite + Remote)", WorkMode.Hybrid)]
    [InlineData("London, UK | ONSITE / HYBRID (flexible WFH) | https://example.com", WorkMode.Hybrid)]
    [InlineData("Senior Engineer | Hybrid (remote/Chicago)\nThe position is primarily remote, with office visits.", WorkMode.Hybrid)]
    [InlineData("Boulder, CO | Hybrid (local but mix of onsite and wfh)", WorkMode.Hybrid)]
    [InlineData("Hybrid (or fully remote within the EU)", WorkMode.Remote)]
    [InlineData("Hybrid (remote possible for senior roles)", WorkMode.Remote)]
    [InlineData("Hybrid (Berlin) or remote (Germany)", WorkMode.Remote)]
    [InlineData("Madrid, Spain | ONSITE (hybrid, 2 days a week of remote working)", WorkMode.Hybrid)]
    [InlineData("Be able to work autonomously some of the time. 1 wfh day a wk.", WorkMode.Hybrid)]
    [InlineData("Vancouver BC | 1 day on-site per week, no full remote.", WorkMode.Hybrid)]
    [InlineData("What we offer: remote work possible up to 2 days per week.", WorkMode.Hybrid)]
    [InlineData("Remote work is possible 1-2 days per week.", WorkMode.Hybrid)]
    [InlineData("Partial remote work, office in Gdansk.", WorkMode.Hybrid)]
    [InlineData("Occasional remote work possible.", WorkMode.Hybrid)]
    [InlineData("Cambridge, MA | Onsite (Temporarily Remote) | Full-time", WorkMode.Onsite)]
    [InlineData("Loom | Senior Software Engineer | US Anywhere | Full-Time", WorkMode.Remote)]
    [InlineData("We are a remote-first company, but this role is onsite in our Fremont lab.", WorkMode.Onsite)]
    [InlineData("Our team works remotely, but this role is onsite in Austin.", WorkMode.Onsite)]
    [InlineData("Remote-friendly team. This position is onsite or remote within the US.", WorkMode.Remote)]
    [InlineData("Remote-friendly team. This role is in-office two days a week.", WorkMode.Hybrid)]
    [InlineData("You can live anywhere in the US or Canada.", WorkMode.Remote)]
    [InlineData("Belgium | ONSITE\nYou will be implementing remote upgrade mechanisms for our devices.", WorkMode.Onsite)]
    [InlineData("Sorry, no remote.", WorkMode.Onsite)]
    [InlineData("This role is not remote.", WorkMode.Onsite)]
    [InlineData("Remote: no", WorkMode.Onsite)]
    [InlineData("Remote work is not possible; you will work from our office in Munich.", WorkMode.Onsite)]
    [InlineData("Onsite", WorkMode.Onsite)]
    [InlineData("Onsite in Austin.", WorkMode.Onsite)]
    [InlineData("Office-based in London.", WorkMode.Onsite)]
    [InlineData("Local candidates only, in person at our HQ.", WorkMode.Onsite)]
    [InlineData("In-office 5 days a week in NYC.", WorkMode.Onsite)]
    [InlineData("5 days a week in the office.", WorkMode.Onsite)]
    [InlineData("Onsite or remote.", WorkMode.Remote)]
    [InlineData("Onsite (SF) or remote (US).", WorkMode.Remote)]
    [InlineData("Hybrid or remote, your choice.", WorkMode.Remote)]
    [InlineData("On-site or hybrid.", WorkMode.Hybrid)]
    [InlineData("We are remote and sync twice a week on video.", WorkMode.Remote)]
    [InlineData("Acme | Backend Engineer | Berlin\nWe build payroll tools.", WorkMode.Unknown)]
    [InlineData("We build tools for remote patient monitoring. Our team sits in Boston.", WorkMode.Unknown)]
    [InlineData("Our remote control software runs on drones.", WorkMode.Unknown)]
    // Remote workers as the product's customers.
    [InlineData("We build collaboration software for remote teams.", WorkMode.Unknown)]
    [InlineData("Our platform connects remote workers with companies.", WorkMode.Unknown)]
    [InlineData("We're open for remote candidates in the EU.", WorkMode.Remote)]
    // Benefits of an office job: remote fitness classes, and a stay away from the office for some days or weeks a year.
    [InlineData("Perks:\n* Hybrid working\n* Remote workout classes\n* Work anywhere in the EU for 90 days out of the year", WorkMode.Hybrid)]
    [InlineData("Work from anywhere for up to 4 weeks a year; the rest of the year you work on-site in Berlin.", WorkMode.Onsite)]
    [InlineData("Free remote yoga every Friday.", WorkMode.Unknown)]
    [InlineData("Work from anywhere in the world.", WorkMode.Remote)]
    [InlineData("We build payroll software for small businesses.", WorkMode.Unknown)]
    [InlineData("", WorkMode.Unknown)]
    // The role's own office outranks what the company says of itself or of its other roles.
    [InlineData("We are a remote-first company but this particular role requires you to be in our Toronto office 3 days/week.", WorkMode.Hybrid)]
    [InlineData("Although many of our roles are remote, this one is based in our Chicago office.", WorkMode.Onsite)]
    [InlineData("All of our roles are remote.", WorkMode.Remote)]
    // Remote most of the time is part remote.
    [InlineData("We work remotely most of the time and meet in the Berlin office twice a week.", WorkMode.Hybrid)]
    [InlineData("You'll work from home most of the time, with a team day in Leeds each month.", WorkMode.Hybrid)]
    // Remote work refused in other words: not eligible, not offered, not possible for the role, remote applicants turned away.
    [InlineData("This role is not eligible for remote work.", WorkMode.Onsite)]
    [InlineData("We do not offer remote work.", WorkMode.Onsite)]
    [InlineData("We are unable to consider remote candidates.", WorkMode.Onsite)]
    [InlineData("This position does not offer remote work options.", WorkMode.Onsite)]
    [InlineData("Remote: not available.", WorkMode.Onsite)]
    [InlineData("We can't offer remote for this role.", WorkMode.Onsite)]
    [InlineData("This role cannot be performed remotely.", WorkMode.Onsite)]
    [InlineData("Candidates must work on-site; remote applicants will not be considered.", WorkMode.Onsite)]
    [InlineData("Remote candidates will be considered.", WorkMode.Remote)]
    [InlineData("We don't offer remote work, but hybrid is possible: two days a week in the office.", WorkMode.Hybrid)]
    // The office a few times a week is hybrid; commuting to the office is on site.
    [InlineData("Fully remote is not an option; we meet in the office twice a week.", WorkMode.Hybrid)]
    [InlineData("Must be able to commute to our Chicago office.", WorkMode.Onsite)]
    // Office days named as weekdays, "3x a week" or a share of the time; "WFH Fridays".
    [InlineData("In-office Monday to Thursday, WFH Fridays.", WorkMode.Hybrid)]
    [InlineData("We work from the office Tuesday through Thursday.", WorkMode.Hybrid)]
    [InlineData("You'll be in the office 3x a week.", WorkMode.Hybrid)]
    [InlineData("Anchor days: Tuesday and Wednesday in the office.", WorkMode.Hybrid)]
    [InlineData("The team comes together in the office on Tuesdays and Thursdays.", WorkMode.Hybrid)]
    [InlineData("In office at least 50% of the time.", WorkMode.Hybrid)]
    [InlineData("On-site, Monday to Friday, 9 to 5.", WorkMode.Onsite)]
    [InlineData("Our office is closed on Saturdays and Sundays.", WorkMode.Unknown)]
    [InlineData("We are in the office, and 90% of our team has kids.", WorkMode.Onsite)]
    [InlineData("Standups on Mondays and Thursdays; the team works in the office.", WorkMode.Onsite)]
    public void Reads_the_most_flexible_arrangement(string text, WorkMode expected)
    {
        Assert.Equal(expected, WorkModeDetector.Detect(text).Mode);
    }

    [Theory]
    [InlineData("Acme | Backend Engineer | Remote (US only)", "Remote")]
    [InlineData("Sorry, no remote.", "no remote")]
    [InlineData("Hybrid, 3 days in office per week.", "Hybrid")]
    [InlineData("You will be onsite in Austin.", "onsite")]
    public void The_span_points_at_the_words_that_decided(string text, string decisive)
    {
        var (_, start, end) = WorkModeDetector.Detect(text);

        Assert.Equal(decisive, text[start..end]);
    }

    [Fact]
    public void Unknown_has_an_empty_span()
    {
        var (mode, start, end) = WorkModeDetector.Detect("Acme | Engineer | Berlin");

        Assert.Equal((WorkMode.Unknown, 0, 0), (mode, start, end));
    }
}
