using System.Collections.Immutable;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>
/// The per-family tables. Backend and full-stack seniority mixes and skill shares follow the seed article on those two
/// roles (June 2026); the other families are plausible tables of the same shape. Staff weights sit a little above the
/// article's because a staff title without its word reads as senior (via years) or unknown. Figures are generator settings, not
/// market knowledge: nothing in the product reads them.
/// </summary>
internal static class FamilyProfiles
{
    private static readonly FamilyProfile Backend = new()
    {
        Family = RoleFamily.Backend,
        Weight = 22,
        SeniorityMix = Mix(entry: 2.3, mid: 43, senior: 39.5, staff: 14.5, principal: 0.7),
        Titles =
        [
            new("Backend Engineer", Weight: 3), new("Backend Developer", Weight: 2), new("Back-End Engineer"),
            new("Back End Developer", Weight: 0.5), new("Software Engineer", ", Backend", 1.5),
            new("Software Engineer", " (Backend)", 0.8), new("Backend Software Engineer"), new("Server-Side Engineer", Weight: 0.3),
            new("Java Backend Developer", Weight: 0.4, Skill: "Java"), new("Python Backend Engineer", Weight: 0.4, Skill: "Python"),
            new("Backend Engineer", " (Go)", 0.2, "Go"), new("Distributed Systems Engineer", Weight: 0.3, Skill: "Distributed Systems"),
        ],
        PluralModifier = "Backend",
        PluralNoun = "Engineers",
        UsMidSalary = 133_000,
        Skills = Skills(
            ("AWS", .42), ("APIs", .40), ("Java", .38), ("CI/CD", .35), ("Python", .33), ("Docker", .31), ("Code Review", .28),
            ("SQL", .26), ("Distributed Systems", .26), ("Kafka", .21), ("Observability", .20), ("Kubernetes", .20),
            ("PostgreSQL", .20), ("Microservices", .18), ("TypeScript", .16), ("NoSQL", .16), ("Spring", .15), ("Go", .15),
            ("Redis", .13), ("Node.js", .10), ("GCP", .10), ("C#", .08), (".NET", .07), ("Azure", .08), ("gRPC", .08),
            ("MySQL", .08), ("GraphQL", .07), ("Terraform", .07), ("Kotlin", .06), ("MongoDB", .06), ("Ruby", .05),
            ("Ruby on Rails", .04), ("Django", .05), ("RabbitMQ", .05), ("Elasticsearch", .05), ("LLMs", .05),
            ("DynamoDB", .04), ("Rust", .04), ("Scala", .03), ("Linux", .06)),
        Duties =
        [
            "Design, build and run the services behind our {team} product",
            "Own the data model and schema changes for {team}",
            "Keep latency low and error rates boring as traffic grows tenfold",
            "Work with product and frontend engineers to shape the contracts between our services and the apps that call them",
            "Take part in a shared on-call rotation and write the postmortems that come out of it",
            "Find slow queries and hot paths, and fix them",
            "Break a monolith apart one bounded context at a time",
            "Build integrations with payment providers and other partners",
            "Write design docs and review them with the rest of the team",
        ],
        ExperienceArea = "building backend services",
    };

    private static readonly FamilyProfile Fullstack = new()
    {
        Family = RoleFamily.Fullstack,
        Weight = 22,
        SeniorityMix = Mix(entry: 2.6, mid: 59, senior: 28.8, staff: 9.2, principal: 0.4),
        Titles =
        [
            new("Full Stack Engineer", Weight: 2), new("Full-Stack Engineer", Weight: 2), new("Full Stack Developer", Weight: 2),
            new("Full-Stack Developer", Weight: 1.5), new("Fullstack Engineer"), new("Fullstack Developer", Weight: 0.8),
            new("Software Engineer", ", Full Stack", 1.2), new("Software Engineer", " (Full-Stack)", 0.5),
            new("Full Stack Software Engineer"), new("Full-Stack Web Developer", Weight: 0.5),
            new("Full Stack .NET Developer", Weight: 0.3, Skill: ".NET"), new("Full Stack React Developer", Weight: 0.3, Skill: "React"),
        ],
        PluralModifier = "Full-Stack",
        PluralNoun = "Engineers",
        UsMidSalary = 127_000,
        Skills = Skills(
            ("React", .51), ("TypeScript", .43), ("AWS", .39), ("CI/CD", .38), ("APIs", .36), ("Java", .33), ("Python", .31),
            ("SQL", .31), ("Code Review", .30), ("JavaScript", .30), ("Docker", .29), ("Angular", .28), ("Node.js", .25),
            ("CSS", .18), ("PostgreSQL", .18), ("C#", .16), ("HTML", .16), ("User Experience", .15), (".NET", .12),
            ("MongoDB", .10), ("GraphQL", .10), ("Azure", .10), ("Express", .08), ("Next.js", .08), ("Vue.js", .08),
            ("Spring", .08), ("Microservices", .08), ("Kubernetes", .08), ("Redis", .07), ("Django", .06), ("GCP", .06),
            ("LLMs", .05), ("Ruby on Rails", .04), ("Ruby", .05), ("Tailwind CSS", .05), ("Kafka", .04),
            ("Distributed Systems", .04), ("Go", .04), ("Observability", .03), ("Rust", .01)),
        Duties =
        [
            "Ship features end to end, from the database to the screen",
            "Build the internal tools our operations team uses every day",
            "Work closely with design on new flows for {customers}",
            "Own features from the first sketch to production and beyond",
            "Improve page load times and the reliability of the app",
            "Turn customer feedback into small, frequent releases",
            "Write the server endpoints and the interface that calls them",
            "Help shape the architecture of {product} as it grows",
        ],
        ExperienceArea = "building web applications end to end",
    };

    private static readonly FamilyProfile Frontend = new()
    {
        Family = RoleFamily.Frontend,
        Weight = 12,
        SeniorityMix = Mix(entry: 4, mid: 52, senior: 34, staff: 9, principal: 1),
        Titles =
        [
            new("Frontend Engineer", Weight: 3), new("Front-End Developer", Weight: 2), new("Frontend Developer", Weight: 2),
            new("Front End Engineer"), new("UI Engineer", Weight: 0.8), new("Software Engineer", ", Frontend", 1.2),
            new("React Developer", Weight: 0.6, Skill: "React"), new("Frontend Engineer", " (React)", 0.4, "React"),
            new("Angular Developer", Weight: 0.3, Skill: "Angular"), new("Web UI Engineer", Weight: 0.2),
        ],
        PluralModifier = "Frontend",
        PluralNoun = "Engineers",
        UsMidSalary = 128_000,
        Skills = Skills(
            ("React", .62), ("TypeScript", .60), ("JavaScript", .55), ("CSS", .50), ("HTML", .42), ("Code Review", .20),
            ("APIs", .20), ("Accessibility", .20), ("Angular", .18), ("User Experience", .18), ("CI/CD", .18),
            ("Next.js", .15), ("Vue.js", .14), ("GraphQL", .15), ("Jest", .15), ("Figma", .15), ("Node.js", .15),
            ("Redux", .12), ("Tailwind CSS", .10), ("Cypress", .08), ("Webpack", .08), ("Playwright", .06),
            ("Storybook", .06), ("Vite", .05), ("Svelte", .03), ("LLMs", .03)),
        Duties =
        [
            "Build fast, polished interfaces for our customer-facing web app",
            "Own our component library and keep it consistent",
            "Work with designers to turn mockups into production screens",
            "Make the app usable on slow networks and small screens",
            "Improve load performance and bundle size",
            "Write tests that catch regressions before {customers} do",
            "Build the dashboards {customers} open every morning",
        ],
        ExperienceArea = "building web frontends",
    };

    private static readonly FamilyProfile Devops = new()
    {
        Family = RoleFamily.Devops,
        Weight = 8,
        SeniorityMix = Mix(entry: 2, mid: 42, senior: 43, staff: 12, principal: 1),
        Titles =
        [
            new("DevOps Engineer", Weight: 3), new("Site Reliability Engineer", Weight: 2.5), new("Platform Engineer", Weight: 2),
            new("Cloud Infrastructure Engineer"), new("Infrastructure Engineer"), new("SRE", Weight: 0.4),
            new("Build and Release Engineer", Weight: 0.3), new("Cloud Engineer", Weight: 0.8),
            new("Software Engineer", ", Infrastructure", 0.6),
        ],
        PluralModifier = "DevOps",
        PluralNoun = "Engineers",
        UsMidSalary = 142_000,
        Skills = Skills(
            ("AWS", .65), ("Kubernetes", .62), ("Terraform", .55), ("CI/CD", .55), ("Docker", .50), ("Linux", .45),
            ("Python", .35), ("Observability", .35), ("Bash", .30), ("Prometheus", .25), ("Grafana", .22), ("Go", .20),
            ("GCP", .20), ("Azure", .20), ("Ansible", .18), ("Helm", .18), ("GitHub Actions", .15), ("Jenkins", .12),
            ("Datadog", .12), ("Distributed Systems", .10), ("PostgreSQL", .10), ("Argo CD", .08), ("Kafka", .06),
            ("Rust", .02), ("LLMs", .02)),
        Duties =
        [
            "Run and scale the infrastructure that serves millions of requests a day",
            "Automate provisioning and deployment so every team can ship safely",
            "Improve our incident process and make on-call calmer",
            "Cut our cloud bill without hurting reliability",
            "Own the build and release pipeline for dozens of services",
            "Define service level objectives with service owners and help them meet them",
            "Make local development feel like production",
        ],
        ExperienceArea = "running production infrastructure",
    };

    private static readonly FamilyProfile Data = new()
    {
        Family = RoleFamily.Data,
        Weight = 8,
        SeniorityMix = Mix(entry: 4, mid: 46, senior: 38, staff: 10, principal: 2),
        Titles =
        [
            new("Data Engineer", Weight: 4), new("Analytics Engineer", Weight: 1.5), new("Data Platform Engineer", Weight: 0.8),
            new("BI Developer", Weight: 0.5), new("Data Analyst", Weight: 1.2), new("Big Data Engineer", Weight: 0.4),
            new("Business Intelligence Engineer", Weight: 0.3),
        ],
        PluralModifier = "Data",
        PluralNoun = "Engineers",
        UsMidSalary = 135_000,
        Skills = Skills(
            ("SQL", .80), ("Python", .72), ("Spark", .40), ("AWS", .40), ("Airflow", .35), ("ETL", .35), ("dbt", .30),
            ("Data Modeling", .30), ("Snowflake", .28), ("Kafka", .20), ("Pandas", .18), ("BigQuery", .15),
            ("Databricks", .15), ("PostgreSQL", .15), ("Docker", .15), ("GCP", .15), ("Tableau", .12), ("CI/CD", .12),
            ("Azure", .12), ("Scala", .10), ("Redshift", .10), ("Looker", .10), ("Power BI", .08), ("Kubernetes", .08),
            ("Java", .08), ("Terraform", .05), ("LLMs", .04)),
        Duties =
        [
            "Build and maintain the pipelines that feed our warehouse",
            "Model data so analysts and product teams can answer their own questions",
            "Own data quality checks and the alerts behind them",
            "Work with finance and product on the metrics that run the business",
            "Move batch jobs to near-real-time where it matters",
            "Make the numbers {customers} see in {product} correct and on time",
        ],
        ExperienceArea = "in data engineering",
    };

    private static readonly FamilyProfile Ml = new()
    {
        Family = RoleFamily.Ml,
        Weight = 8,
        SeniorityMix = Mix(entry: 3, mid: 38, senior: 42, staff: 14, principal: 3),
        Titles =
        [
            new("Machine Learning Engineer", Weight: 3), new("ML Engineer", Weight: 1.5), new("Data Scientist", Weight: 2.5),
            new("AI Engineer", Weight: 1.2), new("Research Scientist", ", Machine Learning", 0.4),
            new("LLM Engineer", Weight: 0.4, Skill: "LLMs"), new("Machine Learning Scientist", Weight: 0.3),
            new("Computer Vision Engineer", Weight: 0.4, Skill: "Computer Vision"), new("NLP Engineer", Weight: 0.3, Skill: "NLP"),
        ],
        PluralModifier = "Machine Learning",
        PluralNoun = "Engineers",
        UsMidSalary = 155_000,
        Skills = Skills(
            ("Python", .85), ("PyTorch", .50), ("Deep Learning", .35), ("LLMs", .30), ("SQL", .30), ("AWS", .30),
            ("TensorFlow", .28), ("scikit-learn", .20), ("Docker", .20), ("NLP", .20), ("MLOps", .18), ("Pandas", .18),
            ("Kubernetes", .15), ("Spark", .15), ("NumPy", .15), ("Statistics", .15), ("Computer Vision", .12),
            ("GCP", .12), ("Hugging Face", .10), ("RAG", .08), ("Airflow", .08), ("Databricks", .08), ("C++", .08),
            ("CUDA", .06), ("Java", .05), ("Go", .04), ("Rust", .03)),
        Duties =
        [
            "Train, evaluate and ship models that rank {things}",
            "Build evaluation sets and offline metrics we can trust",
            "Take research prototypes to production and keep them healthy",
            "Work with product to decide where models help {customers} and where they do not",
            "Fine-tune and serve models within tight latency budgets",
            "Build the retrieval and ranking behind our assistant features",
        ],
        ExperienceArea = "in applied machine learning",
    };

    private static readonly FamilyProfile Mobile = new()
    {
        Family = RoleFamily.Mobile,
        Weight = 6,
        SeniorityMix = Mix(entry: 3, mid: 50, senior: 37, staff: 9, principal: 1),
        Titles =
        [
            new("iOS Engineer", Weight: 2, Skill: "iOS"), new("iOS Developer", Weight: 1.2, Skill: "iOS"),
            new("Android Engineer", Weight: 2, Skill: "Android"), new("Android Developer", Weight: 1.2, Skill: "Android"),
            new("Mobile Engineer", Weight: 2), new("Mobile Developer"), new("React Native Developer", Weight: 0.8, Skill: "React Native"),
            new("React Native Engineer", Weight: 0.4, Skill: "React Native"), new("Flutter Developer", Weight: 0.6, Skill: "Flutter"),
            new("Software Engineer", ", Mobile", 0.6),
        ],
        PluralModifier = "Mobile",
        PluralNoun = "Engineers",
        UsMidSalary = 136_000,
        Skills = Skills(
            ("Android", .42), ("iOS", .42), ("Kotlin", .42), ("Swift", .40), ("APIs", .25), ("React Native", .22),
            ("CI/CD", .20), ("TypeScript", .18), ("Java", .15), ("SwiftUI", .15), ("Code Review", .15), ("Flutter", .12),
            ("Jetpack Compose", .12), ("Firebase", .12), ("Dart", .10), ("Objective-C", .08), ("GraphQL", .08),
            ("User Experience", .08), ("Xcode", .06)),
        Duties =
        [
            "Build and ship features in our mobile apps",
            "Improve app startup time and crash-free sessions",
            "Work with designers on smooth, native-feeling interactions",
            "Own the release process to the app stores",
            "Build offline support for {customers} working in the field",
            "Keep the app fast on older phones",
        ],
        ExperienceArea = "building mobile apps",
    };

    private static readonly FamilyProfile Qa = new()
    {
        Family = RoleFamily.Qa,
        Weight = 4,
        SeniorityMix = Mix(entry: 8, mid: 55, senior: 30, staff: 6, principal: 1),
        Titles =
        [
            new("QA Engineer", Weight: 3), new("QA Automation Engineer", Weight: 2.5, Skill: "Test Automation"),
            new("Software Development Engineer in Test", Weight: 0.8), new("SDET", Weight: 0.8),
            new("Test Automation Engineer", Skill: "Test Automation"), new("Quality Assurance Engineer"),
            new("Software Engineer in Test", Weight: 0.5), new("QA Analyst", Weight: 0.5),
        ],
        PluralModifier = "QA",
        PluralNoun = "Engineers",
        UsMidSalary = 108_000,
        Skills = Skills(
            ("Test Automation", .55), ("Selenium", .40), ("Python", .40), ("CI/CD", .40), ("Java", .35), ("Cypress", .30),
            ("JavaScript", .30), ("API Testing", .30), ("Playwright", .28), ("SQL", .25), ("TypeScript", .20), ("Jira", .20),
            ("Postman", .18), ("Jenkins", .15), ("Appium", .12), ("Docker", .12), ("AWS", .10), ("Performance Testing", .10),
            ("JMeter", .08), ("Cucumber", .08)),
        Duties =
        [
            "Design test plans for new features with developers and product",
            "Build and maintain our automated regression suite",
            "Track down flaky tests and fix their causes",
            "Own release sign-off for the web and mobile apps",
            "Report bugs with clear reproduction steps and follow them to the fix",
            "Help developers write better tests for {product}",
        ],
        ExperienceArea = "in software quality assurance",
    };

    private static readonly FamilyProfile Security = new()
    {
        Family = RoleFamily.Security,
        Weight = 3,
        SeniorityMix = Mix(entry: 2, mid: 40, senior: 44, staff: 12, principal: 2),
        Titles =
        [
            new("Security Engineer", Weight: 3), new("Application Security Engineer", Weight: 1.5, Skill: "Application Security"),
            new("Product Security Engineer", Weight: 0.8), new("Cloud Security Engineer", Skill: "Cloud Security"),
            new("Information Security Engineer", Weight: 0.6), new("Offensive Security Engineer", Weight: 0.3, Skill: "Penetration Testing"),
        ],
        PluralModifier = "Security",
        PluralNoun = "Engineers",
        UsMidSalary = 148_000,
        Skills = Skills(
            ("AWS", .40), ("Python", .40), ("Application Security", .35), ("Cloud Security", .30), ("Threat Modeling", .30),
            ("Linux", .30), ("Penetration Testing", .25), ("IAM", .25), ("OWASP", .22), ("Incident Response", .22),
            ("Kubernetes", .20), ("SIEM", .18), ("Docker", .15), ("CI/CD", .15), ("Go", .12), ("Terraform", .12),
            ("Burp Suite", .10), ("Zero Trust", .08), ("Java", .08), ("Rust", .04), ("LLMs", .04)),
        Duties =
        [
            "Review designs and code for security issues before they ship",
            "Run our vulnerability management program",
            "Build guardrails into the deployment process",
            "Be on point when security alerts fire",
            "Harden our cloud accounts and identity setup",
            "Teach engineers to spot risky patterns early",
        ],
        ExperienceArea = "in security engineering",
    };

    private static readonly FamilyProfile Embedded = new()
    {
        Family = RoleFamily.Embedded,
        Weight = 3,
        SeniorityMix = Mix(entry: 4, mid: 47, senior: 38, staff: 9, principal: 2),
        Titles =
        [
            new("Embedded Software Engineer", Weight: 3), new("Firmware Engineer", Weight: 2.5), new("Embedded Systems Engineer"),
            new("Embedded Engineer"), new("Robotics Software Engineer"), new("Embedded Linux Engineer", Weight: 0.6, Skill: "Embedded Linux"),
            new("FPGA Engineer", Weight: 0.4, Skill: "FPGA"), new("Embedded C++ Developer", Weight: 0.4, Skill: "C++"),
            new("Firmware Developer", Weight: 0.5),
        ],
        PluralModifier = "Embedded",
        PluralNoun = "Engineers",
        UsMidSalary = 133_000,
        Skills = Skills(
            ("C", .70), ("C++", .65), ("RTOS", .35), ("Python", .35), ("Embedded Linux", .30), ("ARM", .25),
            ("Microcontrollers", .25), ("Linux", .25), ("I2C", .15), ("FPGA", .12), ("CAN", .12), ("Rust", .10),
            ("Yocto", .10), ("ROS", .10), ("Verilog", .08), ("Assembly", .08), ("Bluetooth Low Energy", .08),
            ("Zephyr", .05), ("MATLAB", .05)),
        Duties =
        [
            "Write firmware for our next generation of devices",
            "Bring up new boards with the hardware team",
            "Debug timing issues with an oscilloscope and a logic analyzer",
            "Own drivers for sensors and motor controllers",
            "Improve power consumption and boot time",
            "Build the test rigs that check every unit before it ships to {customers}",
        ],
        ExperienceArea = "writing embedded software",
    };

    private static readonly FamilyProfile Management = new()
    {
        Family = RoleFamily.Management,
        Weight = 2,
        SeniorityMix = Mix(entry: 0, mid: 40, senior: 35, staff: 0, principal: 25),
        Titles =
        [
            new("Engineering Manager", Weight: 4), new("Software Engineering Manager", Weight: 1.5),
            new("Director of Engineering", Weight: 1.2, Implied: Seniority.Principal), new("Head of Engineering", Implied: Seniority.Principal),
            new("VP of Engineering", Weight: 0.6, Implied: Seniority.Principal),
        ],
        PluralModifier = "Engineering",
        PluralNoun = "Managers",
        UsMidSalary = 172_000,
        MidHasTitleWords = false,
        Skills = Skills(
            ("People Management", .40), ("Agile", .30), ("AWS", .25), ("Python", .15), ("CI/CD", .15), ("Scrum", .15),
            ("Java", .12), ("Distributed Systems", .12), ("Microservices", .10), ("Code Review", .10), ("Kubernetes", .08),
            ("TypeScript", .08), ("React", .06), ("GCP", .06), ("Go", .05), ("LLMs", .05)),
        Duties =
        [
            "Lead a team of six to ten engineers working on {team}",
            "Hire, coach and grow the engineers on your team",
            "Partner with product and design on the roadmap for {product}",
            "Keep delivery predictable without burning people out",
            "Run one-on-ones, performance reviews and career plans",
            "Stay close enough to the code to make good technical calls",
        ],
        ExperienceArea = "leading engineering teams",
    };

    private static readonly FamilyProfile Design = new()
    {
        Family = RoleFamily.Design,
        Weight = 1,
        SeniorityMix = Mix(entry: 5, mid: 50, senior: 35, staff: 8, principal: 2),
        Titles =
        [
            new("Product Designer", Weight: 4), new("UX Designer", Weight: 2, Skill: "User Experience"),
            new("UI/UX Designer", Skill: "User Experience"), new("UX/UI Designer", Weight: 0.5, Skill: "User Experience"),
            new("UI Designer", Weight: 0.5),
        ],
        PluralModifier = "Product",
        PluralNoun = "Designers",
        UsMidSalary = 122_000,
        Skills = Skills(
            ("Figma", .75), ("User Experience", .50), ("Prototyping", .35), ("User Research", .35), ("Design Systems", .30),
            ("Wireframing", .20), ("Interaction Design", .20), ("Accessibility", .20), ("Usability Testing", .15),
            ("CSS", .12), ("HTML", .10), ("Sketch", .10), ("Adobe Creative Suite", .10)),
        Duties =
        [
            "Design end-to-end flows for our web and mobile products",
            "Run sessions with {customers} and turn what you learn into designs",
            "Contribute to and evolve our shared component library",
            "Work closely with engineers through implementation",
            "Make complex workflows in {product} feel simple",
        ],
        ExperienceArea = "in product design",
    };

    private static readonly FamilyProfile Product = new()
    {
        Family = RoleFamily.Product,
        Weight = 1,
        SeniorityMix = Mix(entry: 3, mid: 45, senior: 40, staff: 8, principal: 4),
        Titles =
        [
            new("Product Manager", Weight: 5), new("Technical Product Manager", Weight: 1.5), new("Product Manager", ", Growth", 0.5),
        ],
        PluralModifier = "Product",
        PluralNoun = "Managers",
        UsMidSalary = 148_000,
        Skills = Skills(
            ("Agile", .35), ("SQL", .25), ("Jira", .25), ("A/B Testing", .20), ("User Research", .20), ("APIs", .15),
            ("Figma", .12), ("Scrum", .12), ("LLMs", .10), ("Amplitude", .08), ("Mixpanel", .06), ("AWS", .05)),
        Duties =
        [
            "Own the roadmap for {team}",
            "Talk to {customers} every week and turn what you hear into priorities",
            "Write clear specs and work closely with engineering and design",
            "Define success metrics and track them after launch",
            "Decide what we will not build, and explain why",
        ],
        ExperienceArea = "in product management",
    };

    /// <summary>Family shares from the brief: backend 22%, full-stack 22%, frontend 12%, ... design 1%, product 1%.</summary>
    public static readonly WeightedTable<FamilyProfile> Table = new(
        new[] { Backend, Fullstack, Frontend, Devops, Data, Ml, Mobile, Qa, Security, Embedded, Management, Design, Product }
            .Select(p => (p, p.Weight)));

    private static WeightedTable<Seniority> Mix(double entry, double mid, double senior, double staff, double principal) => new(
    [
        (Seniority.Entry, entry), (Seniority.Mid, mid), (Seniority.Senior, senior), (Seniority.Staff, staff), (Seniority.Principal, principal),
    ]);

    private static ImmutableArray<SkillOdds> Skills(params (string Skill, double Probability)[] odds) =>
        [.. odds.Select(o => new SkillOdds(o.Skill, o.Probability))];
}
