/// The adjectives docker's daemon draws generated container names from (`focused_turing`), as
/// listed in moby's `pkg/namesgenerator`.
///
/// A generated name is `adjective_surname`, plus one digit when the first choice was taken.
/// Knowing the adjectives lets the normalizer recognise such names without mistaking every
/// `snake_case` word (`redis_data`, `my_app`) for one; the surname side needs no list.
enum GeneratedNameWords {
    static let adjectives: Set<String> = [
        "admiring", "adoring", "affectionate", "agitated", "amazing", "angry", "awesome", "beautiful",
        "blissful", "bold", "boring", "brave", "busy", "charming", "clever", "compassionate", "competent",
        "condescending", "confident", "cool", "cranky", "crazy", "dazzling", "determined", "distracted",
        "dreamy", "eager", "ecstatic", "elastic", "elated", "elegant", "eloquent", "epic", "exciting",
        "fervent", "festive", "flamboyant", "focused", "friendly", "frosty", "funny", "gallant", "gifted",
        "goofy", "gracious", "great", "happy", "hardcore", "heuristic", "hopeful", "hungry", "infallible",
        "inspiring", "intelligent", "interesting", "jolly", "jovial", "keen", "kind", "laughing", "loving",
        "lucid", "magical", "modest", "musing", "mystifying", "naughty", "nervous", "nice", "nifty",
        "nostalgic", "objective", "optimistic", "peaceful", "pedantic", "pensive", "practical", "priceless",
        "quirky", "quizzical", "recursing", "relaxed", "reverent", "romantic", "sad", "serene", "sharp",
        "silly", "sleepy", "stoic", "strange", "stupefied", "suspicious", "sweet", "tender", "thirsty",
        "trusting", "unruffled", "upbeat", "vibrant", "vigilant", "vigorous", "wizardly", "wonderful",
        "xenodochial", "youthful", "zealous", "zen",
    ]
}
