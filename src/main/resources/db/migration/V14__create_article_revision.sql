-- Revisions of an article: a full snapshot of the article as the API showed it after each save, publish or
-- workflow change. Immutable: the application only ever inserts rows; they go only with their article.
CREATE TABLE article_revision (
    id              UUID                     NOT NULL,
    article_id      UUID                     NOT NULL,
    revision_number INTEGER                  NOT NULL,
    action          VARCHAR(20)              NOT NULL,
    snapshot        VARCHAR(1000000)         NOT NULL,
    actor_key_id    UUID,
    actor_name      VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_article_revision PRIMARY KEY (id),
    CONSTRAINT uk_article_revision_number UNIQUE (article_id, revision_number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT ck_article_revision_number CHECK (revision_number >= 1)
);
