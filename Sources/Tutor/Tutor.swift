/// Lessons, goals, progress and lesson lint. Filled in by the lessons issue.
public enum TutorModule {}
