namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// The word and phrase lists the prose is built from: the kind of plain language a health handbook
/// uses, so sentence and word lengths, and what the glossary matcher scans, look like real pages.
/// </summary>
public static class Words
{
    public static readonly IReadOnlyList<string> Subjects =
    [
        "Your child", "Many children", "Some families", "Your care team", "A physiotherapist", "The nurse specialist",
        "Most parents", "Older children", "Adults with OMS", "A speech and language therapist", "Your doctor",
        "Teachers", "Brothers and sisters", "The hospital team", "Some adults", "Young children", "Grandparents",
        "An occupational therapist", "The ward staff", "Other parents", "Your family doctor", "A psychologist",
    ];

    public static readonly IReadOnlyList<string> Modals =
    [
        "may", "can", "might", "will often", "should", "may need to", "can learn to", "will usually", "could",
    ];

    public static readonly IReadOnlyList<string> Verbs =
    [
        "notice", "talk about", "write down", "ask about", "plan for", "check", "share", "keep track of",
        "get help with", "look out for", "get used to", "prepare for", "think about", "practise", "make time for",
        "cope with", "need support with", "come back to", "explain", "work on", "find out about", "take care with",
        "go over", "agree on", "follow", "change", "review", "settle into", "learn about", "help with",
    ];

    public static readonly IReadOnlyList<string> Objects =
    [
        "changes in sleep", "the eye movements", "a daily routine", "short walks", "school work", "new medicines",
        "blood tests", "the next appointment", "small steps", "a simple diary", "their balance", "meals and drinks",
        "their speech", "the side effects", "the test results", "bath time", "quiet time", "the treatment plan",
        "a return to nursery", "feelings of worry", "their mood", "the scans", "the drip", "a hospital stay",
        "the journey home", "physiotherapy exercises", "play at home", "night waking", "the steroid course",
        "questions for the team", "a written care plan", "the dose chart", "hand and arm movements", "their appetite",
        "tiredness after school", "the first weeks at home", "a letter for school", "travel to appointments",
        "help with money", "a short break", "time with friends", "swimming and sport", "getting dressed",
    ];

    public static readonly IReadOnlyList<string> Adverbials =
    [
        "at home", "after treatment starts", "during the first weeks", "before each visit", "over several months",
        "with support", "at school", "when they feel tired", "in the evening", "between appointments", "on bad days",
        "as they recover", "from the start", "for a while", "after a relapse", "with the care team", "in the morning",
        "at the weekend", "once a week", "step by step", "in hospital", "when things are calm", "without rushing",
    ];

    public static readonly IReadOnlyList<string> Conditions =
    [
        "your child seems more tired than usual", "the jerks get worse", "you notice new eye movements",
        "sleep becomes harder", "a medicine upsets their tummy", "you are not sure what a result means",
        "your child has a high temperature", "you feel overwhelmed", "school asks for more information",
        "the symptoms come back", "a dose is missed", "your child stops eating", "you have questions after a visit",
        "a new problem starts", "walking gets harder again", "the rash spreads", "you are worried about money",
    ];

    public static readonly IReadOnlyList<string> Instructions =
    [
        "tell your care team", "write down what you see", "ask for a review", "call the ward for advice",
        "take a short video to show the doctor", "keep a note of the time and date", "speak to the nurse specialist",
        "ask for a letter for school", "talk to your family doctor", "take a break and ask for help",
        "ring the number on your care plan", "bring the diary to the next visit", "ask the pharmacist",
        "check the leaflet that came with the medicine", "ask the team to explain it again",
    ];

    public static readonly IReadOnlyList<string> Findings =
    [
        "had trouble sleeping", "needed more than one treatment", "walked again within a year", "had changes in mood",
        "went back to school", "had a relapse", "needed extra help with learning", "had speech problems",
        "felt better within weeks", "still had some symptoms after two years", "needed a second course of treatment",
        "had no tumour found", "recovered fully",
    ];

    public static readonly IReadOnlyList<string> ShortSentences =
    [
        "This is normal.", "Recovery takes time.", "Ask if you are not sure.", "Keep a note of what you see.",
        "Every child is different.", "You are not alone.", "Small changes add up.", "Rest is part of treatment.",
        "It is fine to ask again.", "Write your questions down.", "Go at your own pace.", "Plans can change.",
    ];

    public static readonly IReadOnlyList<string> Topics =
    [
        "sleep", "eating and drinking", "going back to school", "physiotherapy", "speech and language", "steroid treatment",
        "blood tests", "MRI scans", "relapses", "brothers and sisters", "money and work", "feelings and mood",
        "hospital stays", "play and learning", "walking again", "looking after yourself", "immune treatments",
        "tumour surgery", "chemotherapy", "follow-up visits", "eye movements", "muscle jerks", "balance",
        "behaviour changes", "rage attacks", "bedtime routines", "nursery and childcare", "travel and holidays",
        "vaccinations", "infections", "side effects", "long-term outcomes", "adult OMS", "diagnosis", "care plans",
        "pain and comfort", "toileting", "friendships", "sport and exercise", "research studies",
    ];

    public static readonly IReadOnlyList<string> TitleOpenings =
    [
        "Understanding", "A guide to", "Questions about", "Practical tips on", "Planning for", "Coping with",
        "What to know about", "Support with", "Changes in", "Getting help with",
    ];

    public static readonly IReadOnlyList<string> TitleQualifiers =
    [
        "for young children", "for teenagers", "for adults", "at home", "in hospital", "after diagnosis",
        "in the first year", "during treatment", "after treatment", "for parents", "for carers", "at school",
    ];

    public static readonly IReadOnlyList<string> SectionHeadings =
    [
        "What to expect", "How it is treated", "Questions to ask your team", "Tips for everyday life",
        "Looking after yourself", "What the research says", "Getting support", "At school or nursery",
        "Changes to watch for", "How long it lasts", "Side effects", "Talking to your child", "Practical help",
        "Planning ahead", "Day to day", "Rest and sleep", "Food and drink", "Moving and playing", "Medicines",
        "Tests and scans", "Who is in the team", "Feelings and worries", "Money and travel", "Keeping records",
        "The first few weeks", "Going home", "Coming back to hospital", "Working with school", "Other families",
        "Why this happens", "What you can do", "How doctors decide", "Recovery over time", "Common worries",
    ];

    public static readonly IReadOnlyList<string> SubHeadings =
    [
        "How long does it take?", "What if it does not work?", "Who can I call?", "Is this normal?",
        "Can it come back?", "What can I do at home?", "Does it hurt?", "What happens next?", "Will it get better?",
        "How often are the checks?", "What should I bring?", "Can my child still play sport?",
        "What about nursery?", "How do I explain it?", "Where can I find help?", "What do the results mean?",
    ];

    public static readonly IReadOnlyList<string> TableHeaders = ["What", "When", "Who to ask", "How often", "Notes"];

    public static readonly IReadOnlyList<string> TableCells =
    [
        "every week", "every month", "at each visit", "the nurse", "the physiotherapist", "your family doctor",
        "before school", "after meals", "once a day", "twice a day", "if it gets worse", "the ward", "as needed",
        "for 6 weeks", "for 3 months", "the pharmacist", "the school nurse", "in the morning", "at bedtime",
    ];

    public static readonly IReadOnlyList<string> TermPrefixes =
    [
        "neuro", "myo", "opso", "cerebro", "immuno", "haemo", "encephalo", "oculo", "retino", "cortico", "spino",
        "thalamo", "vestibulo", "cardio", "gastro", "nephro", "osteo", "dermo", "lympho", "adreno",
    ];

    public static readonly IReadOnlyList<string> TermSuffixes =
    [
        "clonus", "pathy", "blastoma", "globulin", "plegia", "tonia", "lysis", "genesis", "trophy", "algia",
        "metry", "graphy", "scopy", "kinesis", "taxia",
    ];

    public static readonly IReadOnlyList<string> AliasAdjectives =
    [
        "shaky", "jumpy", "tired", "weak", "wobbly", "stiff", "floppy", "restless", "sore", "slow", "quick",
        "heavy", "tight", "swollen", "dizzy", "blurry",
    ];

    public static readonly IReadOnlyList<string> AliasNouns =
    [
        "eyes", "muscles", "legs", "hands", "nerves", "blood", "glands", "bones", "skin", "joints", "feet",
        "arms", "belly", "speech", "sleep", "balance", "vision", "movements", "breathing", "reflexes",
    ];

    public static readonly IReadOnlyList<string> Surnames =
    [
        "Pranzatelli", "Rossor", "Tate", "Pang", "Matthay", "Brunklaus", "Klaas", "Armangue", "Bataller", "Storz",
        "Bhatia", "Hero", "Krug", "Mitchell", "Dale", "Tersak", "Gorman", "Blaes", "Galstyan", "Hasegawa",
        "Singhi", "Oguro", "Wilbur", "Catsman", "Yeh", "Khakoo", "London", "Alarcon", "Russo", "Fisher",
        "Kinsbourne", "Koh", "Lebon", "Meena", "Nunes", "Okafor", "Petrov", "Quinn", "Sato", "Varga",
    ];

    public static readonly IReadOnlyList<string> Journals =
    [
        "Neurology", "J Child Neurol", "Pediatr Blood Cancer", "Dev Med Child Neurol", "Brain", "Eur J Paediatr Neurol",
        "Lancet Neurol", "Neurol Neuroimmunol Neuroinflamm", "Arch Dis Child", "J Pediatr", "Mov Disord",
    ];

    public static readonly IReadOnlyList<string> StudyKinds =
    [
        "a cohort study", "a randomised trial", "a systematic review", "a case series", "an international survey",
        "a long-term follow-up", "a consensus statement", "a registry study",
    ];
}
