package nl.kring.competence;

/** Where a piece of evidence comes from. */
public enum EvidenceSource {
    /** A graded quiz attempt: the items on one competence at one level, their mean score and whether the quiz passed. */
    QUIZ,
    /** A finished activity: an exercise (genogram, worksheet) or a role-play, with its score. */
    ACTIVITY,
    /** A trainer's observation of a performance (e.g. a role-play), with its score. */
    OBSERVATION,
    /** A trainer's or supervisor's assessment of the learner's daily work. */
    ASSESSMENT
}
