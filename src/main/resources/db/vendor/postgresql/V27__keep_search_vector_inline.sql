-- Keep each article's search vector in its row instead of the TOAST table. A search ranks every article of the
-- clinic that matches, reading each vector twice (the match, then ts_rank): from TOAST that was an index lookup and
-- a heap fetch per read, about three quarters of the search statement's time. A vector of a few hundred words is
-- about 1.6 kB, so the row still fits a page once body and search text are stored out of line.
ALTER TABLE article ALTER COLUMN search_vector SET STORAGE MAIN;
-- Rewrite the existing rows so that their vectors move in (the generated column is computed again on update).
UPDATE article SET search_text = search_text;
