using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

public sealed class SkillMatcherTests
{
    private static readonly SkillMatcher Matcher = new(KnowledgeBase.Default.Skills);

    private static List<SkillHit> Hits(string text) => Matcher.Match(text, Tokenizer.Tokenize(text));

    private static SortedSet<string> Skills(string text) => new(Hits(text).Select(h => h.Skill), StringComparer.Ordinal);

    // The seed skills of the issue, each in a sentence a posting could contain.
    [Theory]
    [InlineData("AWS", "We run everything on AWS with Terraform.")]
    [InlineData("APIs", "You will design public APIs for our partners.")]
    [InlineData("CI/CD", "We deploy through CI/CD many times a day.")]
    [InlineData("Java", "Our payment services are written in Java 21.")]
    [InlineData("Python", "Python powers our data tooling.")]
    [InlineData("Docker", "Every service ships as an image built with Docker.")]
    [InlineData("SQL", "You write clean SQL and understand query plans.")]
    [InlineData("Code Review", "We value thoughtful code review and pairing.")]
    [InlineData("TypeScript", "The web client is written in TypeScript.")]
    [InlineData("React", "Our dashboard is built with React and a small design system.")]
    [InlineData("Angular", "We use Angular for the internal admin console.")]
    [InlineData("CSS", "You care about modern CSS and layout.")]
    [InlineData("C#", "Our backend is C# running in containers.")]
    [InlineData("HTML", "Accessible HTML matters to us.")]
    [InlineData("User Experience", "You have a strong eye for user experience.")]
    [InlineData("Distributed Systems", "You have built distributed systems at scale.")]
    [InlineData("Kafka", "Events flow through Kafka topics.")]
    [InlineData("Observability", "We invest in observability and alerting.")]
    [InlineData("NoSQL", "Familiarity with NoSQL stores is a plus.")]
    [InlineData("Spring", "Our Java services are built with Spring and Hibernate.")]
    [InlineData("Redis", "We lean on Redis for caching and queues.")]
    [InlineData("Rust", "The matching engine is written in Rust.")]
    [InlineData("Go", "The API is written in Go and talks to a PostgreSQL database.")]
    [InlineData("Next.js", "Our marketing site uses Next.js.")]
    [InlineData("LLMs", "You have shipped products built on LLMs.")]
    [InlineData("Node.js", "The backend runs on Node.js.")]
    [InlineData("Express", "REST endpoints are served by Express on Node.js.")]
    [InlineData("PostgreSQL", "Data lives in PostgreSQL.")]
    [InlineData("MongoDB", "Some legacy documents still live in MongoDB.")]
    [InlineData("gRPC", "Internal services talk over gRPC.")]
    [InlineData("Kubernetes", "Everything runs on Kubernetes in three regions.")]
    // Go where the sentence says code, skills or experience.
    [InlineData("Go", "We write Go and some R.")]
    [InlineData("Go", "Services in Go; frontend in React.")]
    [InlineData("Go", "Production experience with Go")]
    [InlineData("Go", "Strong Go skills.")]
    [InlineData("Go", "Working knowledge of Go")]
    [InlineData("C", "Proficiency in C and assembly.")]
    [InlineData("C", "Bonus points for experience with C.")]
    public void Finds_every_seed_skill_in_a_natural_sentence(string skill, string sentence)
    {
        Assert.Contains(skill, Skills(sentence));
    }

    [Theory]
    [InlineData("Experience with Postgres is required.", "PostgreSQL")]
    [InlineData("You have run k8s clusters in production.", "Kubernetes")]
    [InlineData("We write golang every day.", "Go")]
    [InlineData("Frontend in React.js and Redux.", "React")]
    [InlineData("Backend in NodeJS.", "Node.js")]
    [InlineData("Strong ReactJS skills.", "React")]
    [InlineData("Services in C Sharp and F#.", "C#")]
    [InlineData("We are migrating to dotnet 8.", ".NET")]
    [InlineData("Knowledge of CPP templates.", "C++")]
    [InlineData("Set up continuous integration for the monorepo.", "CI/CD")]
    [InlineData("Deep knowledge of Amazon Web Services.", "AWS")]
    public void Aliases_map_to_the_canonical_name(string sentence, string canonical)
    {
        Assert.Contains(canonical, Skills(sentence));
    }

    [Theory]
    [InlineData("We build in Rust and C++ and C# and .NET with CI/CD.", "C#", "C++", ".NET", "CI/CD", "Rust")]
    [InlineData("Knowledge of C, C++ and Rust.", "C", "C++", "Rust")]
    [InlineData("JavaScript/TypeScript", "JavaScript", "TypeScript")]
    [InlineData("Go, Python and Rust are our languages.", "Go", "Python", "Rust")]
    public void Symbol_names_are_told_apart(string sentence, params string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), Skills(sentence));
    }

    [Theory]
    [InlineData("We use JavaScript everywhere on the client.", "Java")]
    [InlineData("Our stack is JavaScript and TypeScript.", "Java")]
    [InlineData("Scalable services for a global audience.", "Scala")]
    [InlineData("Our goal is to grow the cargo business.", "Go")]
    [InlineData("We comply with data protection laws.", "AWS")]
    [InlineData("A rustic office by the lake.", "Rust")]
    [InlineData("Our expressive type system.", "Express")]
    [InlineData("We believe in going fast and learning.", "Go")]
    [InlineData("The Kafkaesque bureaucracy is gone.", "Kafka")]
    [InlineData("The team runs an intern program.", "R")]
    public void Never_matches_inside_another_word(string sentence, string absent)
    {
        Assert.DoesNotContain(absent, Skills(sentence));
    }

    [Theory]
    [InlineData("Our go to market team is growing fast.", "Go")]
    [InlineData("You will own our Go to market motion alongside Python tooling.", "Go")]
    [InlineData("Our Go-To-Market team in Berlin uses Python and SQL.", "Go")]
    [InlineData("Go to our careers page to apply; we use Python.", "Go")]
    [InlineData("I'm ready to Go!", "Go")]
    [InlineData("We build R&D tools with Python and SQL.", "R")]
    [InlineData("You will present to C-level executives.", "C")]
    [InlineData("Talk to C-level stakeholders about Python and SQL.", "C")]
    [InlineData("Vitamin C for everyone. Series C funded.", "C")]
    [InlineData("Engineers must react to incidents quickly.", "React")]
    [InlineData("Engineers React to incidents with Python and SQL.", "React")]
    [InlineData("You should react quickly to pages; we use Python and SQL.", "React")]
    [InlineData("Our offsite is in spring 2024.", "Spring")]
    [InlineData("Spring 2024 internship with Java and Kotlin.", "Spring")]
    [InlineData("Our goal: go to market in Spring 2025.", "Spring")]
    [InlineData("We are a Rust belt manufacturing company.", "Rust")]
    [InlineData("Pipes rust when nobody looks.", "Rust")]
    [InlineData("Express your ideas freely. We use Python.", "Express")]
    // Another case outside a list of technologies stays a word.
    [InlineData("You need experience in NLP and solid programming.", "SOLID")]
    [InlineData("We maintain the data platform and core data pipelines with Python.", "Core Data")]
    [InlineData("Our SOC and XDR teams watch the network.", "SoC")]
    [InlineData("We react, and Python helps.", "React")]
    public void Ambiguous_names_are_not_matched_as_ordinary_words(string sentence, string absent)
    {
        Assert.DoesNotContain(absent, Skills(sentence));
    }

    [Theory]
    [InlineData("Go's concurrency model powers our backend.", "Go")]
    [InlineData("Statistics in R and Python.", "R")]
    [InlineData("Firmware in C for microcontrollers.", "C")]
    [InlineData("Our Rust services handle payments.", "Rust")]
    [InlineData("We build mobile apps in React and TypeScript.", "React")]
    // Another case in a list of technologies: "react", "rust", "ruby" are the technologies.
    [InlineData("Stack - python, golang, typescript & react", "React")]
    [InlineData("Our web stack is react/nodejs/graphql.", "React")]
    [InlineData("Keywords: golang, rust, firecracker, svelte, aws", "Rust")]
    [InlineData("We are running on python and ruby. Come and see.", "Ruby")]
    [InlineData("Technologies we touch: kotlin, swift, golang, python", "Swift")]
    public void Ambiguous_names_are_matched_as_skills_in_context(string sentence, string skill)
    {
        Assert.Contains(skill, Skills(sentence));
    }

    [Fact]
    public void React_Native_is_its_own_skill_not_React()
    {
        var skills = Skills("We build mobile apps in React Native.");

        Assert.Contains("React Native", skills);
        Assert.DoesNotContain("React", skills);
    }

    [Theory]
    [InlineData("See github.com/acme for our open source work.", "GitHub")]
    [InlineData("Find our code at https://github.com/acme/go-sdk and www.acme.io/react.", "GitHub")]
    [InlineData("Find our code at https://github.com/acme/go-sdk and www.acme.io/react.", "React")]
    [InlineData("Write to jobs@kafka-shop.io with your CV.", "Kafka")]
    [InlineData("Apply at https://acme.com/careers/python-engineer today.", "Python")]
    public void Links_and_addresses_yield_no_skill(string sentence, string absent)
    {
        Assert.DoesNotContain(absent, Skills(sentence));
    }

    [Fact]
    public void Case_variants_of_an_unambiguous_name_all_match()
    {
        var hits = Hits("Nodejs and node.js and NODE.JS");

        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Equal("Node.js", h.Skill));
    }

    [Fact]
    public void Hits_come_in_order_of_appearance_with_spans_on_a_written_form()
    {
        const string text = "Backend in Golang, Postgres and k8s; the web client is React.js.";
        var taxonomy = KnowledgeBase.Default.Skills;

        var hits = Hits(text);

        Assert.Equal(["Go", "PostgreSQL", "Kubernetes", "React"], hits.Select(h => h.Skill));
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.End <= p.Second.Start), "hits overlap or are out of order");
        foreach (var hit in hits)
        {
            var written = text[hit.Start..hit.End];
            Assert.Contains(written, taxonomy.ByName[hit.Skill].Forms, StringComparer.OrdinalIgnoreCase);
        }
    }
}
