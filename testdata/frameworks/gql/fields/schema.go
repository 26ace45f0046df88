// Package fields serves a schema with github.com/graphql-go/graphql, whose
// executor recovers a resolver's error as gqlerrors.FormatError(err): its
// message is err.Error(), sent as errors[].message; the resolver's value
// is the field's data.
package fields

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/graphql-go/graphql"

	"example.com/frameworks/spclient"
)

// Schema builds the schema over sp.
func Schema(sp *spclient.Client) (graphql.Schema, error) {
	query := graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"verify": &graphql.Field{
				Type: graphql.Boolean,
				Args: graphql.FieldConfigArgument{
					"user": &graphql.ArgumentConfig{Type: graphql.String},
					"otp":  &graphql.ArgumentConfig{Type: graphql.String},
				},
				Resolve: func(p graphql.ResolveParams) (interface{}, error) {
					user, _ := p.Args["user"].(string)
					otp, _ := p.Args["otp"].(string)
					if err := sp.Verify(p.Context, user, otp); err != nil {
						return nil, err // want "raw SurePassID errorMessage"
					}
					return true, nil
				},
			},
			"reason": &graphql.Field{
				Type: graphql.String,
				Resolve: func(p graphql.ResolveParams) (interface{}, error) {
					user, _ := p.Args["user"].(string)
					resp, err := sp.ValidateOTP(p.Context, user, "")
					if err != nil {
						log.Printf("surepass: %v", err)
						return nil, errors.New(spclient.SafeMessage)
					}
					return resp.ErrorMessage, nil // want "raw SurePassID errorMessage"
				},
			},
		},
	})
	return graphql.NewSchema(graphql.SchemaConfig{Query: query})
}

// Handler runs queries.
func Handler(schema graphql.Schema) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		res := graphql.Do(graphql.Params{Schema: schema, RequestString: r.URL.Query().Get("query"), Context: r.Context()})
		_ = json.NewEncoder(w).Encode(res)
	}
}
