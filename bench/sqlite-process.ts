// Imported first by the bench: it generates and prepares its data in SQLite whatever the
// environment selects, so a DATABASE_URL inherited from the shell never reaches that code. The
// app under test is pointed at PostgreSQL by --db alone.
delete process.env.DATABASE_URL;
