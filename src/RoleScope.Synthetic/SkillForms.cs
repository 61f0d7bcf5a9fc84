using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RoleScope.Synthetic;

/// <summary>Every skill the generator writes, with the spellings postings use for it and the pay premium it carries.</summary>
internal static class SkillForms
{
    private static readonly FrozenDictionary<string, SkillForm> ByName = Build().ToFrozenDictionary(f => f.Canonical, StringComparer.Ordinal);

    public static SkillForm Get(string canonical) =>
        ByName.TryGetValue(canonical, out var form) ? form : throw new KeyNotFoundException($"No skill form for '{canonical}'.");

    public static bool Contains(string canonical) => ByName.ContainsKey(canonical);

    private static IEnumerable<SkillForm> Build()
    {
        // Languages
        yield return Tool("Java");
        yield return Tool("Python", "Python 3");
        yield return Tool("Go", "Golang") with { Premium = 0.05 };
        yield return Tool("Rust") with { Premium = 0.24 };
        yield return Tool("TypeScript");
        yield return Tool("JavaScript", "Javascript", "modern JavaScript");
        yield return Tool("Kotlin");
        yield return Tool("Scala");
        yield return Tool("Ruby");
        yield return Tool("C#");
        yield return Tool("C");
        yield return Tool("C++", "modern C++");
        yield return Tool("Swift");
        yield return Tool("Objective-C");
        yield return Tool("Dart");
        yield return Tool("Bash", "Bash scripting");
        yield return Tool("SQL");
        yield return Tool("Assembly", "assembly language");
        yield return Tool("Verilog", "Verilog/SystemVerilog");
        yield return Tool("MATLAB");

        // Frameworks and libraries
        yield return Tool("Spring", "Spring Boot") with { Requires = "Java" };
        yield return Tool("Django") with { Requires = "Python" };
        yield return Tool("Ruby on Rails", "Rails") with { Requires = "Ruby" };
        yield return Tool("Node.js", "NodeJS", "Node");
        yield return Tool("Express", "Express.js") with { Requires = "Node.js" };
        yield return Tool(".NET", ".NET Core") with { Requires = "C#" };
        yield return Tool("React", "React.js", "ReactJS");
        yield return Tool("Angular");
        yield return Tool("Vue.js", "Vue", "VueJS");
        yield return Tool("Next.js", "NextJS") with { Requires = "React", Premium = 0.06 };
        yield return Tool("Svelte");
        yield return Tool("Redux") with { Requires = "React" };
        yield return Tool("Tailwind CSS", "Tailwind");
        yield return Tool("CSS", "CSS3");
        yield return Tool("HTML", "HTML5");
        yield return Tool("Jest");
        yield return Tool("Cypress");
        yield return Tool("Playwright");
        yield return Tool("Webpack");
        yield return Tool("Vite");
        yield return Tool("Storybook");
        yield return Tool("GraphQL");
        yield return Tool("gRPC");
        yield return Tool("React Native");
        yield return Tool("Flutter");
        yield return Tool("SwiftUI") with { Requires = "Swift" };
        yield return Tool("Jetpack Compose") with { Requires = "Kotlin" };
        yield return Tool("Firebase");
        yield return Tool("Xcode");
        yield return Tool("iOS");
        yield return Tool("Android");
        yield return Tool("PyTorch");
        yield return Tool("TensorFlow");
        yield return Tool("scikit-learn");
        yield return Tool("Hugging Face", "Hugging Face Transformers");
        yield return Tool("CUDA");
        yield return Tool("Pandas", "pandas");
        yield return Tool("NumPy");

        // Data stores, messaging, data platforms
        yield return Tool("PostgreSQL", "Postgres", "PostgreSQL");
        yield return Tool("MySQL");
        yield return Tool("MongoDB", "Mongo");
        yield return Tool("DynamoDB");
        yield return Tool("Redis");
        yield return Tool("Elasticsearch");
        yield return Tool("NoSQL", "NoSQL databases");
        yield return Tool("Kafka", "Apache Kafka") with { Premium = 0.04 };
        yield return Tool("RabbitMQ");
        yield return Tool("Spark", "Apache Spark");
        yield return Tool("Airflow", "Apache Airflow");
        yield return Tool("dbt");
        yield return Tool("Snowflake");
        yield return Tool("BigQuery");
        yield return Tool("Databricks");
        yield return Tool("Redshift");
        yield return Tool("Tableau");
        yield return Tool("Looker");
        yield return Tool("Power BI");

        // Cloud and operations
        yield return Tool("AWS", "Amazon Web Services");
        yield return Tool("GCP", "Google Cloud");
        yield return Tool("Azure", "Microsoft Azure");
        yield return Tool("Docker");
        yield return Tool("Kubernetes", "k8s", "K8s");
        yield return Tool("Terraform");
        yield return Tool("Ansible");
        yield return Tool("Helm");
        yield return Tool("Prometheus");
        yield return Tool("Grafana");
        yield return Tool("Datadog");
        yield return Tool("Jenkins");
        yield return Tool("GitHub Actions");
        yield return Tool("Argo CD", "ArgoCD");
        yield return Tool("Linux");
        yield return Tool("Burp Suite");

        // Testing, design and product tools
        yield return Tool("Selenium");
        yield return Tool("Appium");
        yield return Tool("JMeter");
        yield return Tool("Postman");
        yield return Tool("Cucumber");
        yield return Tool("Jira");
        yield return Tool("Figma");
        yield return Tool("Sketch");
        yield return Tool("Adobe Creative Suite");
        yield return Tool("Amplitude");
        yield return Tool("Mixpanel");

        // Embedded
        yield return Tool("Embedded Linux");
        yield return Tool("RTOS", "FreeRTOS", "an RTOS");
        yield return Tool("Yocto");
        yield return Tool("Zephyr");
        yield return Tool("ROS", "ROS 2");
        yield return Tool("FPGA", "FPGAs");
        yield return Tool("ARM", "ARM Cortex-M");
        yield return Tool("CAN", "CAN bus");
        yield return Tool("I2C", "I2C/SPI");
        yield return Tool("Bluetooth Low Energy", "BLE");
        yield return Tool("Microcontrollers", "microcontrollers");

        // Practices: written inside phrases
        yield return Practice("APIs", ["APIs", "REST APIs", "RESTful APIs"],
            ["Experience designing {0}", "Experience building {0} that other teams rely on"]);
        yield return Practice("CI/CD", ["CI/CD", "CI/CD pipelines"],
            ["Experience with {0}", "Experience building and improving {0}"]);
        yield return Practice("Code Review", ["code reviews", "code review"],
            ["A habit of thoughtful {0}", "Experience giving and receiving {0}"]);
        yield return Practice("Distributed Systems", ["distributed systems", "Distributed Systems"],
            ["Experience designing {0}", "A solid grasp of {0} and how they fail"], premium: 0.17);
        yield return Practice("Observability", ["observability"],
            ["Experience improving {0} with metrics, logs and traces", "Care for {0} in production"], premium: 0.16);
        yield return Practice("Microservices", ["microservices", "a microservices architecture"],
            ["Experience building {0}"]);
        yield return Practice("User Experience", ["UX", "user experience"],
            ["A good eye for {0}", "Care for {0} and detail"]);
        yield return Practice("LLMs", ["LLMs", "large language models"],
            ["Experience building products on top of {0}", "Hands-on experience with {0}"], premium: 0.22);
        yield return Practice("Accessibility", ["accessibility", "a11y"],
            ["Working knowledge of {0}", "Care for {0}"]);
        yield return Practice("Data Modeling", ["data modeling", "data modelling"],
            ["Strong {0} skills", "Experience with {0} for analytics"]);
        yield return Practice("ETL", ["ETL", "ETL pipelines"],
            ["Experience building {0}"]);
        yield return Practice("MLOps", ["MLOps"],
            ["Experience with {0} practices"]);
        yield return Practice("Deep Learning", ["deep learning"],
            ["A strong background in {0}"]);
        yield return Practice("NLP", ["NLP", "natural language processing"],
            ["Experience with {0}"]);
        yield return Practice("Computer Vision", ["computer vision"],
            ["Experience with {0}"]);
        yield return Practice("RAG", ["RAG", "retrieval-augmented generation"],
            ["Experience building {0} systems"], premium: 0.06);
        yield return Practice("Statistics", ["statistics"],
            ["A solid foundation in {0}"]);
        yield return Practice("Test Automation", ["test automation", "automated testing"],
            ["Strong experience in {0}"]);
        yield return Practice("API Testing", ["API testing"],
            ["Experience with {0}"]);
        yield return Practice("Performance Testing", ["performance testing", "load testing"],
            ["Experience with {0}"]);
        yield return Practice("Application Security", ["application security", "AppSec"],
            ["Deep knowledge of {0}"]);
        yield return Practice("Cloud Security", ["cloud security"],
            ["Experience with {0}"]);
        yield return Practice("Penetration Testing", ["penetration testing", "pentesting"],
            ["Hands-on {0} experience"]);
        yield return Practice("Threat Modeling", ["threat modeling"],
            ["Experience leading {0} sessions"]);
        yield return Practice("OWASP", ["OWASP Top 10"],
            ["Working knowledge of the {0}"]);
        yield return Practice("IAM", ["IAM", "identity and access management"],
            ["Experience with {0}"]);
        yield return Practice("SIEM", ["SIEM"],
            ["Experience running a {0}", "Experience tuning {0} detections"]);
        yield return Practice("Incident Response", ["incident response"],
            ["Experience with {0}"]);
        yield return Practice("Zero Trust", ["zero trust"],
            ["Experience with {0} architectures"]);
        yield return Practice("Agile", ["Agile", "agile"],
            ["Experience working in {0} teams"]);
        yield return Practice("Scrum", ["Scrum"],
            ["Familiarity with {0}"]);
        yield return Practice("People Management", ["people management"],
            ["Proven {0} experience", "Several years of {0}"]);
        yield return Practice("Prototyping", ["prototyping"],
            ["Comfort with rapid {0}"]);
        yield return Practice("User Research", ["user research"],
            ["Experience running {0}"]);
        yield return Practice("Design Systems", ["design systems"],
            ["Experience building and maintaining {0}"]);
        yield return Practice("Usability Testing", ["usability testing"],
            ["Experience running {0}"]);
        yield return Practice("Wireframing", ["wireframing"],
            ["Strong {0} skills"]);
        yield return Practice("Interaction Design", ["interaction design"],
            ["A portfolio that shows strong {0}"]);
        yield return Practice("A/B Testing", ["A/B testing"],
            ["Experience running {0}"]);
    }

    private static SkillForm Tool(string canonical, params string[] variants) =>
        new(canonical, variants.Length == 0 ? [canonical] : [canonical, .. variants], []);

    private static SkillForm Practice(string canonical, ImmutableArray<string> variants, ImmutableArray<string> phrases, double premium = 0) =>
        new(canonical, variants, phrases) { Premium = premium };
}
