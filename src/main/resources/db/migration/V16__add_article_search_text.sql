-- The searchable text of an article besides its title: subtitle, excerpt, tags and the body's visible text,
-- kept by the application on every save (blocks are JSON, so the database cannot derive it).
ALTER TABLE article ADD COLUMN search_text VARCHAR(1000000);
